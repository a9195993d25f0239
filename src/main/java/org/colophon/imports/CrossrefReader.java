package org.colophon.imports;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.colophon.catalogue.BookDetails;
import org.colophon.catalogue.ChapterDetails;
import org.colophon.catalogue.ChapterSource;
import org.colophon.catalogue.Contributor;
import org.colophon.catalogue.ContributorRole;
import org.colophon.catalogue.Doi;
import org.colophon.catalogue.Isbn;
import org.colophon.catalogue.Orcid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the {@code <book>} records of a Crossref deposit ({@code doi_batch}, schema 5.3.1
 * or later) one at a time, with StAX, so a file of any size is read in constant memory.
 * <p>
 * A book gives its titles, publisher, print year, DOI and ISBNs; each
 * {@code <content_item component_type="chapter">} gives a chapter with its number,
 * titles, contributors in order with their roles, affiliations and ORCID iDs, JATS
 * abstract (markup reduced to text, one summary paragraph per {@code <jats:p>}), online
 * date, pages and DOI; a {@code component_type="part"} item names the part of the
 * chapters below its level. Elements it does not know are skipped. Whatever cannot be
 * stored (a book or chapter without a title, an invalid DOI or ISBN, a malformed date) is
 * a problem with its line; reading goes on to find them all, and the file is refused when
 * there is any. What can be left out without losing the record is a warning instead: an
 * ORCID iD whose check digit is wrong is dropped (the person kept), and a contributor in
 * a peer-review role (reviewer, reader) is not a chapter's contributor.
 */
final class CrossrefReader {

	private static final Logger logger = LoggerFactory.getLogger(CrossrefReader.class);

	static final String NAMESPACE_PREFIX = "http://www.crossref.org/schema/";

	private final XMLInputFactory factory;

	CrossrefReader() {
		this.factory = XMLInputFactory.newFactory();
		this.factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		this.factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		this.factory.setProperty(XMLInputFactory.IS_COALESCING, true);
	}

	/**
	 * Reads every book in the deposit, handing each to {@code books} as soon as it is
	 * read.
	 * @throws InvalidFileException when the file is not a well-formed Crossref deposit or
	 * holds a record that cannot be stored; {@code books} may have been given the books
	 * before the first problem
	 */
	void read(InputStream in, Consumer<ImportedBook> books) throws InvalidFileException {
		read(in, books, (warning) -> logger.warn("Crossref deposit, line {}: {}", warning.line(), warning.message()));
	}

	/**
	 * Reads every book in the deposit as {@link #read(InputStream, Consumer)} does,
	 * handing what was left out of a record to {@code warnings}.
	 */
	void read(InputStream in, Consumer<ImportedBook> books, Consumer<ImportProblem> warnings)
			throws InvalidFileException {
		List<ImportProblem> problems = new ArrayList<>();
		XMLStreamReader reader = null;
		try {
			reader = this.factory.createXMLStreamReader(in);
			new Run(reader, problems, books, warnings).document();
		}
		catch (XMLStreamException ex) {
			int line = (ex.getLocation() != null) ? ex.getLocation().getLineNumber() : 0;
			problems.add(new ImportProblem(Math.max(line, 0), "not well-formed XML: " + xmlMessage(ex)));
		}
		finally {
			close(reader);
		}
		if (!problems.isEmpty()) {
			throw new InvalidFileException(problems);
		}
	}

	private static String xmlMessage(XMLStreamException ex) {
		String message = (ex.getMessage() != null) ? ex.getMessage() : "unreadable";
		int detail = message.lastIndexOf("Message: ");
		return ((detail >= 0) ? message.substring(detail + "Message: ".length()) : message).strip();
	}

	private static void close(XMLStreamReader reader) {
		if (reader != null) {
			try {
				reader.close();
			}
			catch (XMLStreamException ex) {
				// the stream's owner closes the file; nothing is left to release here
			}
		}
	}

	/** The state of reading one file. */
	private static final class Run extends XmlCursor {

		private final XMLStreamReader reader;

		private final List<ImportProblem> problems;

		private final Consumer<ImportedBook> books;

		private final Consumer<ImportProblem> warnings;

		Run(XMLStreamReader reader, List<ImportProblem> problems, Consumer<ImportedBook> books,
				Consumer<ImportProblem> warnings) {
			super(reader, problems);
			this.reader = reader;
			this.problems = problems;
			this.books = books;
			this.warnings = warnings;
		}

		void document() throws XMLStreamException {
			this.reader.nextTag();
			if (!"doi_batch".equals(this.reader.getLocalName()) || !isCrossref()) {
				problem("the root element is not a Crossref <doi_batch>");
				return;
			}
			int depth = 1;
			while (depth > 0 && this.reader.hasNext()) {
				int event = this.reader.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					if ("book".equals(this.reader.getLocalName()) && isCrossref()) {
						book();
					}
					else if (!"body".equals(this.reader.getLocalName())) {
						skip();
					}
					else {
						depth++;
					}
				}
				else if (event == XMLStreamConstants.END_ELEMENT) {
					depth--;
				}
			}
		}

		private boolean isCrossref() {
			String namespace = this.reader.getNamespaceURI();
			return namespace != null && namespace.startsWith(NAMESPACE_PREFIX);
		}

		private void book() throws XMLStreamException {
			int line = line();
			BookFields book = new BookFields();
			List<ChapterFields> chapters = new ArrayList<>();
			PartTracker parts = new PartTracker();
			while (nextChild()) {
				switch (this.reader.getLocalName()) {
					case "book_metadata", "book_series_metadata", "book_set_metadata" -> bookMetadata(book);
					case "content_item" -> contentItem(chapters, parts);
					default -> skip();
				}
			}
			toBook(line, book, chapters);
		}

		private void bookMetadata(BookFields book) throws XMLStreamException {
			while (nextChild()) {
				switch (this.reader.getLocalName()) {
					case "titles" -> titles(book.titles);
					case "publication_date" -> {
						String media = mediaType("print");
						DateFields date = date();
						if (date.year != null && (book.printYear == null || media.equals("print"))) {
							book.printYear = date.year;
						}
					}
					case "isbn" -> {
						String media = mediaType("print");
						int line = line();
						String isbn = text();
						if (Isbn.parse(isbn).isEmpty()) {
							problem(line, "not a valid ISBN: '" + abbreviate(isbn) + "'");
						}
						else if (media.equals("electronic")) {
							book.onlineIsbn = isbn;
						}
						else {
							book.printIsbn = isbn;
						}
					}
					case "publisher" -> publisher(book);
					case "doi_data" -> book.doi = doiData();
					default -> skip();
				}
			}
		}

		private void publisher(BookFields book) throws XMLStreamException {
			while (nextChild()) {
				if ("publisher_name".equals(this.reader.getLocalName()) && book.publisher == null) {
					book.publisher = text();
				}
				else {
					skip();
				}
			}
		}

		private void contentItem(List<ChapterFields> chapters, PartTracker parts) throws XMLStreamException {
			ChapterFields chapter = new ChapterFields();
			chapter.line = line();
			String type = attribute("component_type", "");
			int level = level();
			while (nextChild()) {
				switch (this.reader.getLocalName()) {
					case "contributors" -> contributors(chapter.contributors);
					case "titles" -> titles(chapter.titles);
					case "abstract" -> chapter.summary.addAll(abstractParagraphs());
					case "component_number" -> chapter.label = text();
					case "publication_date" -> {
						String media = mediaType("print");
						DateFields date = date();
						if (media.equals("online") && date.full != null) {
							chapter.online = date.full;
						}
					}
					case "pages" -> pages(chapter);
					case "doi_data" -> chapter.doi = doiData();
					default -> skip();
				}
			}
			if (type.equals("part")) {
				parts.enter(level, chapter.titles.title);
			}
			else if (type.equals("chapter")) {
				chapter.part = parts.partFor(level);
				chapters.add(chapter);
			}
		}

		private int level() {
			String value = attribute("level_sequence_number", "1");
			try {
				return Integer.parseInt(value.strip());
			}
			catch (NumberFormatException ex) {
				problem("not a level number: '" + abbreviate(value) + "'");
				return 1;
			}
		}

		private void contributors(List<Contributor> contributors) throws XMLStreamException {
			while (nextChild()) {
				switch (this.reader.getLocalName()) {
					case "person_name" -> person(contributors);
					case "organization" -> {
						int line = line();
						String role = attribute("contributor_role", null);
						String name = text();
						if (!name.isBlank() && shown(line, role)) {
							contributors.add(
									new Contributor(name, null, ContributorRole.fromCrossref(role).orElse(null), null));
						}
					}
					default -> skip();
				}
			}
		}

		private void person(List<Contributor> contributors) throws XMLStreamException {
			int line = line();
			String role = attribute("contributor_role", null);
			String given = null;
			String surname = null;
			String affiliation = null;
			String orcid = null;
			while (nextChild()) {
				switch (this.reader.getLocalName()) {
					case "given_name" -> given = text();
					case "surname" -> surname = text();
					case "affiliations" -> {
						String first = affiliations();
						affiliation = (affiliation != null) ? affiliation : first;
					}
					case "affiliation" -> {
						String text = text();
						affiliation = (affiliation != null || text.isBlank()) ? affiliation : text;
					}
					case "ORCID" -> orcid = orcid();
					default -> skip();
				}
			}
			String name = ((given == null || given.isBlank()) ? "" : given + " ") + ((surname == null) ? "" : surname);
			if (name.isBlank()) {
				problem(line, "a person without a surname");
			}
			else if (shown(line, role)) {
				contributors.add(new Contributor(name.strip(), affiliation,
						ContributorRole.fromCrossref(role).orElse(null), orcid));
			}
		}

		/**
		 * Whether a contributor in this role is one of the chapter's (no role given is
		 * taken as one); a warning when not.
		 */
		private boolean shown(int line, String role) {
			if (role == null || ContributorRole.fromCrossref(role).isPresent()) {
				return true;
			}
			this.warnings.accept(new ImportProblem(line,
					"a contributor in the role '" + abbreviate(role) + "' is not shown as a chapter's contributor"));
			return false;
		}

		/**
		 * The ORCID iD of an {@code <ORCID>} element, normalised; {@code null} with a
		 * warning when it is not a valid one. Whether ORCID authenticated it is not kept.
		 */
		private String orcid() throws XMLStreamException {
			int line = line();
			String text = text();
			Optional<String> orcid = Orcid.parse(text);
			if (orcid.isEmpty()) {
				this.warnings
					.accept(new ImportProblem(line, "not a valid ORCID iD, left out: '" + abbreviate(text) + "'"));
			}
			return orcid.orElse(null);
		}

		/** The first institution's name in an {@code <affiliations>} element. */
		private String affiliations() throws XMLStreamException {
			String first = null;
			while (nextChild()) {
				if ("institution".equals(this.reader.getLocalName())) {
					while (nextChild()) {
						if ("institution_name".equals(this.reader.getLocalName())) {
							String name = text();
							first = (first != null || name.isBlank()) ? first : name;
						}
						else {
							skip();
						}
					}
				}
				else {
					skip();
				}
			}
			return first;
		}

		private void titles(TitleFields titles) throws XMLStreamException {
			while (nextChild()) {
				switch (this.reader.getLocalName()) {
					case "title" -> titles.title = (titles.title == null) ? text() : skipText();
					case "subtitle" -> titles.subtitle = (titles.subtitle == null) ? text() : skipText();
					default -> skip();
				}
			}
		}

		/**
		 * The paragraphs of a JATS abstract as plain text: every {@code
		 *
		<p>
		 * } is one, its inline markup (italics, links, MathML) reduced to its text; an
		 * abstract without paragraphs is one.
		 */
		private List<String> abstractParagraphs() throws XMLStreamException {
			List<String> paragraphs = new ArrayList<>();
			StringBuilder loose = new StringBuilder();
			int depth = 1;
			while (depth > 0) {
				int event = this.reader.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					String name = this.reader.getLocalName();
					if (name.equals("p")) {
						String text = text();
						if (!text.isBlank()) {
							paragraphs.add(text);
						}
					}
					else if (name.equals("title")) {
						skip();
					}
					else {
						depth++;
					}
				}
				else if (event == XMLStreamConstants.END_ELEMENT) {
					depth--;
				}
				else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
					loose.append(this.reader.getText()).append(' ');
				}
			}
			String rest = normalise(loose.toString());
			if (paragraphs.isEmpty() && !rest.isEmpty()) {
				paragraphs.add(rest);
			}
			return paragraphs;
		}

		private void pages(ChapterFields chapter) throws XMLStreamException {
			while (nextChild()) {
				switch (this.reader.getLocalName()) {
					case "first_page" -> chapter.firstPage = text();
					case "last_page" -> chapter.lastPage = text();
					default -> skip();
				}
			}
		}

		private String doiData() throws XMLStreamException {
			String doi = null;
			while (nextChild()) {
				if ("doi".equals(this.reader.getLocalName())) {
					int line = line();
					String text = text();
					if (Doi.parse(text).isEmpty()) {
						problem(line, "not a valid DOI: '" + abbreviate(text) + "'");
					}
					else {
						doi = text;
					}
				}
				else {
					skip();
				}
			}
			return doi;
		}

		private DateFields date() throws XMLStreamException {
			int line = line();
			DateFields date = new DateFields();
			String month = null;
			String day = null;
			String year = null;
			while (nextChild()) {
				switch (this.reader.getLocalName()) {
					case "year" -> year = text();
					case "month" -> month = text();
					case "day" -> day = text();
					default -> skip();
				}
			}
			try {
				if (year != null) {
					date.year = Integer.valueOf(year.strip());
					if (month != null && day != null) {
						date.full = LocalDate.of(date.year, Integer.parseInt(month.strip()),
								Integer.parseInt(day.strip()));
					}
				}
			}
			catch (NumberFormatException | DateTimeException ex) {
				problem(line, "not a valid date: " + year + "-" + month + "-" + day);
				date.year = null;
				date.full = null;
			}
			return date;
		}

		private void toBook(int line, BookFields fields, List<ChapterFields> chapterFields) {
			if (fields.titles.title == null || fields.titles.title.isBlank()) {
				problem(line, "a book without a title");
				return;
			}
			BookDetails book;
			try {
				book = new BookDetails(fields.titles.title, fields.titles.subtitle, fields.publisher, fields.printYear,
						fields.doi, fields.printIsbn, fields.onlineIsbn);
			}
			catch (IllegalArgumentException ex) {
				problem(line, "the book cannot be stored: " + ex.getMessage());
				return;
			}
			String bookKey = bookKey(book);
			List<ChapterSource> chapters = new ArrayList<>();
			int position = 0;
			for (ChapterFields chapter : chapterFields) {
				position++;
				if (chapter.titles.title == null || chapter.titles.title.isBlank()) {
					problem(chapter.line, "a chapter without a title");
					continue;
				}
				String title = (chapter.titles.subtitle == null) ? chapter.titles.title
						: chapter.titles.title + ": " + chapter.titles.subtitle;
				ChapterDetails details = new ChapterDetails(chapter.label, title, chapter.part, null,
						chapter.contributors, chapter.online, chapter.summary.isEmpty() ? null : "Abstract",
						chapter.summary, "Chapter", chapter.firstPage, chapter.lastPage, false, null, List.of(), null,
						chapter.doi);
				String key = "crossref:"
						+ ((details.doi() != null) ? "doi:" + details.doi() : bookKey + "#" + position);
				chapters.add(new ChapterSource(key, sha256(details.toString()), details));
			}
			if (this.problems.isEmpty()) {
				this.books.accept(new ImportedBook(line, book, chapters));
			}
		}

		private static String bookKey(BookDetails book) {
			if (book.doi() != null) {
				return "book-doi:" + book.doi();
			}
			if (book.printIsbn() != null || book.onlineIsbn() != null) {
				return "isbn:" + ((book.printIsbn() != null) ? book.printIsbn() : book.onlineIsbn());
			}
			return "title:"
					+ sha256(book.fullTitle().toLowerCase(Locale.ROOT) + "\n" + book.publisher()).substring(0, 16);
		}

		private String skipText() throws XMLStreamException {
			skip();
			return null;
		}

		private String attribute(String name, String otherwise) {
			String value = this.reader.getAttributeValue(null, name);
			return (value == null) ? otherwise : value;
		}

		private String mediaType(String otherwise) {
			return attribute("media_type", otherwise);
		}

		private void problem(String message) {
			problem(line(), message);
		}

		private static String normalise(String text) {
			return text.replaceAll("\\s+", " ").strip();
		}

	}

	static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required by every Java platform", ex);
		}
	}

	private static final class BookFields {

		private final TitleFields titles = new TitleFields();

		private String publisher;

		private Integer printYear;

		private String printIsbn;

		private String onlineIsbn;

		private String doi;

	}

	private static final class ChapterFields {

		private int line;

		private final TitleFields titles = new TitleFields();

		private final List<Contributor> contributors = new ArrayList<>();

		private final List<String> summary = new ArrayList<>();

		private String label;

		private String part;

		private LocalDate online;

		private String firstPage;

		private String lastPage;

		private String doi;

	}

	private static final class DateFields {

		private Integer year;

		private LocalDate full;

	}

}
