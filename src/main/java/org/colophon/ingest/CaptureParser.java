package org.colophon.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.colophon.catalogue.BookDetails;
import org.colophon.catalogue.ChapterDetails;
import org.colophon.catalogue.Contributor;
import org.colophon.catalogue.Doi;
import org.colophon.catalogue.Isbn;

/**
 * Reads the visible text of a chapter landing page into a chapter and its book.
 * <p>
 * A pure function: no I/O, no clock, and it never throws for bad input. Whatever it
 * cannot read or does not find becomes a {@link Problem}; whatever is not in the text
 * stays empty.
 */
final class CaptureParser {

	private static final Pattern TITLE_WITH_LABEL = Pattern
		.compile("^(\\d{1,4}[A-Za-z]?|[IVXLC]{1,6}|[A-Z])\\s+[-\u2013\u2014]\\s+(.+)$");

	private static final Pattern ONLINE_DATE = Pattern
		.compile("^Published online by Cambridge University Press:\\s*(.*)$");

	private static final Pattern RENDER_DATE = Pattern.compile("Render date:\\s*(\\S+)");

	private static final Pattern PAGE_RANGE = Pattern
		.compile("^,?\\s*pp?\\.\\s*([0-9A-Za-z]+)(?:\\s*[-\u2013]\\s*([0-9A-Za-z]+)?)?\\s*$");

	private static final Pattern PUBLISHER = Pattern.compile("^Publisher:\\s*(.+)$");

	private static final Pattern PRINT_YEAR = Pattern.compile("^Print publication year:\\s*(.+)$");

	private static final Pattern DOI_LINE = Pattern.compile("^DOI:\\s*(.*)$");

	private static final Pattern ISBN_LINE = Pattern.compile("^(Print |Online )?ISBN:\\s*(.*)$");

	private static final Pattern AFFILIATION = Pattern.compile("^Affiliation:\\s*(.*)$");

	private static final Pattern NOTICE = Pattern.compile("^This (chapter|book|title|content)\\b.*");

	private static final Pattern DIALOG_HEADING = Pattern
		.compile("^Save (?:book |chapter |article |content |this \\w+ )?to (?:Kindle|Dropbox|Google Drive)$");

	private static final List<String> SEARCH_LINKS = List.of("Google Scholar", "CrossRef", "Crossref", "PubMed",
			"WorldCat", "Find at your library");

	private static final Pattern SEARCH_SUFFIX = Pattern
		.compile("(?:\\s*(?:" + String.join("|", SEARCH_LINKS) + "))+\\s*$");

	/**
	 * Footnote markers after a title, possibly spaced: {@code Title*}, {@code Title * *}.
	 */
	private static final Pattern TITLE_MARKERS = Pattern.compile("(?:\\s*\\*)+$");

	private static final Pattern SKIP_CONTENT = Pattern.compile("^Skip to main content.*");

	private static final Set<String> SUMMARY_HEADINGS = Set.of("Summary", "Abstract", "Extract");

	private static final Set<String> CHROME = Set.of("\u00d7", "Available formats", "Save PDF", "Share", "Cite",
			"Rights & Permissions", "Chapter info");

	private static final Set<String> AFFILIATION_WORDS = Set.of("university", "universit\u00e9", "universit\u00e4t",
			"universidad", "universit\u00e0", "college", "institute", "institut", "school", "department", "centre",
			"center", "academy", "laboratory", "hospital", "museum", "library", "foundation", "polytechnic", "faculty",
			"ministry", "council", "society");

	private static final DateTimeFormatter ONLINE_DATE_FORMAT = DateTimeFormatter.ofPattern("d MMMM uuuu",
			Locale.ENGLISH);

	private static final int MAX_CONTRIBUTOR_LINE = 120;

	/**
	 * The lines that open a block or state a fact; a capture cut in the middle of one of
	 * them must not read the stub as text.
	 */
	private static final List<String> KEYWORD_LINES = keywordLines();

	private static List<String> keywordLines() {
		List<String> keywords = new ArrayList<>(
				List.of("Publisher:", "Print publication year:", "Published online by Cambridge University Press:",
						"Information", "Type", "Affiliation:", "Book contents", "Get access", "Summary", "Abstract",
						"Extract", "Access options", "References", "Book purchase"));
		for (String item : List.of("", "book ", "chapter ", "article ", "content ")) {
			for (String target : List.of("Kindle", "Dropbox", "Google Drive")) {
				keywords.add("Save " + item + "to " + target);
			}
		}
		return List.copyOf(keywords);
	}

	/**
	 * Parses one capture.
	 * @param text the capture's text, possibly empty, truncated or of another kind of
	 * page
	 * @return the chapter with its problems, or the reason it is not a chapter
	 */
	public ParseResult parse(String text) {
		return new Run(text).parse();
	}

	private enum Section {

		HEADER, AFTER_TITLE, SUMMARY, METADATA_TYPE, METADATA_BOOK, METADATA_TAIL, ACCESS, DIALOG, PURCHASE, REFERENCES,
		BODY

	}

	/** The state of one parse; a new one for every capture. */
	private static final class Run {

		private final String[] lines;

		/**
		 * The index of the last line when the text ends in the middle of it and what is
		 * there is only the start of a heading or label (a capture cut short), else -1.
		 * That stub is no text of its own.
		 */
		private final int cutStub;

		private final List<Problem> problems = new ArrayList<>();

		private Section section = Section.HEADER;

		private String label;

		private String title;

		private String part;

		private String notice;

		private final List<String> contents = new ArrayList<>();

		private boolean contentsClosed;

		private final List<MutableContributor> contributors = new ArrayList<>();

		private boolean affiliationExpected;

		private LocalDate onlineDate;

		private boolean accessRequired;

		private String summaryHeading;

		private final List<String> summary = new ArrayList<>();

		private final StringBuilder paragraph = new StringBuilder();

		private String type;

		private boolean typeExpected;

		private final List<String> bookLines = new ArrayList<>();

		private String firstPage;

		private String lastPage;

		private String publisher;

		private Integer printYear;

		private String doi;

		private String printIsbn;

		private String onlineIsbn;

		private final List<String> accessNote = new ArrayList<>();

		private final List<String> references = new ArrayList<>();

		private Instant capturedAt;

		private int firstIgnoredBodyLine;

		private int ignoredBodyLines;

		Run(String text) {
			this.lines = (text == null) ? new String[0] : text.split("\r\n|\r|\n", -1);
			int last = this.lines.length - 1;
			this.cutStub = (last >= 0 && isStartOfKeyword(clean(this.lines[last]))) ? last : -1;
		}

		ParseResult parse() {
			for (int i = 0; i < this.lines.length; i++) {
				String line = clean(this.lines[i]);
				int number = i + 1;
				if (isChrome(line, number)) {
					continue;
				}
				if (i == this.cutStub) {
					this.problems.add(new Problem(number, "the capture ends in the middle of the line '" + line + "'"));
					continue;
				}
				read(line, number, nextNonBlank(i));
			}
			endParagraph();
			if (this.ignoredBodyLines > 0) {
				this.problems.add(new Problem(this.firstIgnoredBodyLine,
						this.ignoredBodyLines + " line(s) of body text after the metadata were not read"));
			}
			return result();
		}

		private void read(String line, int number, String next) {
			switch (this.section) {
				case HEADER -> readHeader(line, number);
				case AFTER_TITLE -> readAfterTitle(line, number, next);
				case SUMMARY -> readSummary(line, number, next);
				case METADATA_TYPE, METADATA_BOOK, METADATA_TAIL -> readMetadata(line, number);
				default -> readTrailer(line, number);
			}
		}

		private static boolean isStartOfKeyword(String line) {
			for (String keyword : KEYWORD_LINES) {
				if (!line.isEmpty() && keyword.length() > line.length() && keyword.startsWith(line)) {
					return true;
				}
			}
			return false;
		}

		private static String clean(String raw) {
			return raw.replace('\u00a0', ' ').replace('\u2009', ' ').strip();
		}

		private String nextNonBlank(int index) {
			for (int j = index + 1; j < this.lines.length && j != this.cutStub; j++) {
				String candidate = clean(this.lines[j]);
				if (!candidate.isEmpty()) {
					return candidate;
				}
			}
			return "";
		}

		private boolean isChrome(String line, int number) {
			if (SKIP_CONTENT.matcher(line).matches() || CHROME.contains(line)) {
				return true;
			}
			if (line.startsWith("Hostname:") || line.startsWith("Has data issue:")
					|| line.startsWith("Feature Flags:")) {
				Matcher render = RENDER_DATE.matcher(line);
				if (render.find() && this.capturedAt == null) {
					try {
						this.capturedAt = Instant.parse(render.group(1));
					}
					catch (DateTimeParseException ex) {
						this.problems.add(new Problem(number, "unreadable render date '" + render.group(1) + "'"));
					}
				}
				return true;
			}
			return false;
		}

		private void readHeader(String line, int number) {
			if (line.isEmpty() || line.equals("Book contents")) {
				return;
			}
			if (line.startsWith("-")) {
				this.contents.add(line.substring(1).strip());
				return;
			}
			if (NOTICE.matcher(line).matches()) {
				this.notice = line;
				return;
			}
			readTitle(line, number);
			this.contentsClosed = !this.contents.isEmpty();
			this.section = Section.AFTER_TITLE;
		}

		private void readTitle(String line, int number) {
			Matcher labelled = TITLE_WITH_LABEL.matcher(line);
			String text = line;
			if (labelled.matches()) {
				this.label = labelled.group(1);
				text = labelled.group(2);
			}
			this.title = TITLE_MARKERS.matcher(text).replaceAll("").strip();
			if (this.title.isEmpty()) {
				this.problems.add(new Problem(number, "no title in the title line '" + abbreviate(line) + "'"));
			}
		}

		private void readAfterTitle(String line, int number, String next) {
			if (line.isEmpty() || line.equals("Book contents")) {
				return;
			}
			if (line.startsWith("- ") || line.equals("-")) {
				if (!this.contentsClosed) {
					this.contents.add(line.substring(1).strip());
				}
				return;
			}
			if (readPageFacts(line, number) || startsSection(line, next)) {
				return;
			}
			if (line.startsWith("from ") && this.part == null && this.contributors.isEmpty()) {
				this.part = line.substring("from ".length()).strip();
				return;
			}
			if (NOTICE.matcher(line).matches() && this.notice == null) {
				this.notice = line;
				return;
			}
			Matcher affiliation = AFFILIATION.matcher(line);
			if (affiliation.matches() && !this.contributors.isEmpty()) {
				if (affiliation.group(1).isEmpty()) {
					this.affiliationExpected = true;
				}
				else {
					last().affiliation = affiliation.group(1);
				}
				return;
			}
			if (this.affiliationExpected && !this.contributors.isEmpty() && last().affiliation == null
					&& line.length() <= MAX_CONTRIBUTOR_LINE) {
				last().affiliation = line;
				this.affiliationExpected = false;
				return;
			}
			if (AFFILIATION.matcher(next).matches() && line.length() <= MAX_CONTRIBUTOR_LINE) {
				// A name followed by its affiliation is a contributor wherever it stands
				// above the summary, also after the online date or the access marker.
				this.contributors.add(new MutableContributor(line));
				this.affiliationExpected = false;
				return;
			}
			if (mayBeContributorLine(line)) {
				readContributorLine(line);
				return;
			}
			this.section = Section.SUMMARY;
			readSummary(line, number, next);
		}

		/**
		 * Reads the lines that may stand anywhere above the summary: the online date, the
		 * access marker and the copyright line.
		 */
		private boolean readPageFacts(String line, int number) {
			if (readIdentifier(line, number)) {
				return true;
			}
			Matcher online = ONLINE_DATE.matcher(line);
			if (online.matches()) {
				readOnlineDate(online.group(1).strip(), number);
				return true;
			}
			if (line.equals("Get access")) {
				this.accessRequired = true;
				return true;
			}
			return line.startsWith("Copyright \u00a9") || line.startsWith("Copyright (c)") || line.startsWith("\u00a9");
		}

		/**
		 * Reads a {@code DOI:} line (the chapter's) or a {@code Print ISBN:} /
		 * {@code Online ISBN:} line (the book's); a value that is not a valid identifier
		 * is a problem and is not kept.
		 */
		private boolean readIdentifier(String line, int number) {
			Matcher doiLine = DOI_LINE.matcher(line);
			if (doiLine.matches()) {
				String value = doiLine.group(1).strip();
				Doi.parse(value)
					.ifPresentOrElse((doi) -> this.doi = doi,
							() -> this.problems.add(new Problem(number, "unreadable DOI '" + abbreviate(value) + "'")));
				return true;
			}
			Matcher isbnLine = ISBN_LINE.matcher(line);
			if (isbnLine.matches()) {
				String value = isbnLine.group(2).strip();
				boolean online = "Online ".equals(isbnLine.group(1));
				Isbn.parse(value).ifPresentOrElse((isbn) -> {
					if (online) {
						this.onlineIsbn = isbn;
					}
					else {
						this.printIsbn = isbn;
					}
				}, () -> this.problems.add(new Problem(number, "unreadable ISBN '" + abbreviate(value) + "'")));
				return true;
			}
			return false;
		}

		private void readOnlineDate(String value, int number) {
			try {
				LocalDate date = LocalDate.parse(value, ONLINE_DATE_FORMAT);
				if (this.onlineDate == null) {
					this.onlineDate = date;
				}
				else if (!this.onlineDate.equals(date)) {
					this.problems.add(new Problem(number,
							"a second, different online publication date '" + value + "' was ignored"));
				}
			}
			catch (DateTimeParseException ex) {
				this.problems.add(new Problem(number, "unreadable online publication date '" + value + "'"));
			}
		}

		/**
		 * Moves to the section that a heading line opens, if it is one.
		 */
		private boolean startsSection(String line, String next) {
			if (SUMMARY_HEADINGS.contains(line) && this.summaryHeading == null && this.summary.isEmpty()) {
				endParagraph();
				this.summaryHeading = line;
				this.section = Section.SUMMARY;
				return true;
			}
			if (startsMetadata(line, next)) {
				endParagraph();
				this.typeExpected = line.equals("Type");
				this.section = Section.METADATA_TYPE;
				return true;
			}
			return startsTrailer(line);
		}

		private boolean startsMetadata(String line, String next) {
			return this.type == null && this.bookLines.isEmpty()
					&& (line.equals("Type") || (line.equals("Information") && (next.equals("Type") || next.isEmpty())));
		}

		private boolean startsTrailer(String line) {
			Section target = null;
			if (line.equals("Access options")) {
				target = Section.ACCESS;
			}
			else if (DIALOG_HEADING.matcher(line).matches()) {
				target = Section.DIALOG;
			}
			else if (line.equals("Book purchase")) {
				target = Section.PURCHASE;
			}
			else if (line.equals("References")) {
				target = Section.REFERENCES;
			}
			if (target == null) {
				return false;
			}
			endParagraph();
			this.section = target;
			return true;
		}

		private boolean mayBeContributorLine(String line) {
			if (this.onlineDate != null || this.accessRequired || line.length() > MAX_CONTRIBUTOR_LINE) {
				return false;
			}
			boolean endsSentence = line.endsWith(".") && !line.matches(".*\\b[A-Z][a-z]?\\.$");
			return !endsSentence && !line.endsWith(":") && !line.endsWith("?") && !line.endsWith("!");
		}

		private void readContributorLine(String line) {
			boolean lastLacksAffiliation = !this.contributors.isEmpty() && last().affiliation == null;
			if (lastLacksAffiliation && (this.affiliationExpected || looksLikeAffiliation(line))) {
				last().affiliation = line;
			}
			else {
				this.contributors.add(new MutableContributor(line));
			}
			this.affiliationExpected = false;
		}

		private static boolean looksLikeAffiliation(String line) {
			String lower = line.toLowerCase(Locale.ROOT);
			for (String word : AFFILIATION_WORDS) {
				if (lower.contains(word)) {
					return true;
				}
			}
			return false;
		}

		private MutableContributor last() {
			return this.contributors.get(this.contributors.size() - 1);
		}

		private void readSummary(String line, int number, String next) {
			if (line.isEmpty()) {
				endParagraph();
				return;
			}
			if (readPageFacts(line, number) || startsSection(line, next)) {
				return;
			}
			if (!this.paragraph.isEmpty()) {
				this.paragraph.append(' ');
			}
			this.paragraph.append(line);
		}

		private void endParagraph() {
			if (!this.paragraph.isEmpty()) {
				this.summary.add(this.paragraph.toString());
				this.paragraph.setLength(0);
			}
		}

		private void readMetadata(String line, int number) {
			if (line.isEmpty()) {
				if (this.section == Section.METADATA_TAIL) {
					this.section = Section.BODY;
				}
				return;
			}
			if (startsTrailer(line)) {
				return;
			}
			if (readIdentifier(line, number)) {
				return;
			}
			if (line.equals("Information")) {
				this.section = Section.METADATA_BOOK;
				this.typeExpected = false;
				return;
			}
			if (line.equals("Type") && this.type == null) {
				this.typeExpected = true;
				return;
			}
			if (this.typeExpected) {
				this.type = line;
				this.typeExpected = false;
				return;
			}
			Matcher publisherLine = PUBLISHER.matcher(line);
			if (publisherLine.matches()) {
				this.publisher = publisherLine.group(1).strip();
				this.section = Section.METADATA_TAIL;
				return;
			}
			Matcher yearLine = PRINT_YEAR.matcher(line);
			if (yearLine.matches()) {
				readPrintYear(yearLine.group(1).strip(), number);
				this.section = Section.METADATA_TAIL;
				return;
			}
			Matcher pages = PAGE_RANGE.matcher(line);
			if (pages.matches() && this.firstPage == null) {
				this.firstPage = pages.group(1);
				this.lastPage = pages.group(2);
				return;
			}
			if (line.startsWith(",")) {
				this.problems.add(new Problem(number, "unreadable page range '" + abbreviate(line) + "'"));
				return;
			}
			if (this.section == Section.METADATA_BOOK && this.bookLines.size() < 2 && this.firstPage == null
					&& !line.startsWith("Publisher:") && !line.startsWith("Print publication year:")) {
				this.bookLines.add(line);
				return;
			}
			this.problems.add(new Problem(number, "unreadable line in the metadata block: '" + abbreviate(line) + "'"));
		}

		private void readPrintYear(String value, int number) {
			if (value.matches("\\d{4}")) {
				this.printYear = Integer.valueOf(value);
			}
			else {
				this.problems.add(new Problem(number, "unreadable print publication year '" + value + "'"));
			}
		}

		private void readTrailer(String line, int number) {
			if (line.isEmpty() || startsTrailer(line)) {
				return;
			}
			switch (this.section) {
				case ACCESS -> this.accessNote.add(line);
				case REFERENCES -> readReference(line, number == this.lines.length);
				case BODY -> {
					if (this.ignoredBodyLines++ == 0) {
						this.firstIgnoredBodyLine = number;
					}
				}
				default -> {
					// dialog texts and purchase lines are the same on every page: the
					// templates own them
				}
			}
		}

		private void readReference(String line, boolean last) {
			String reference = SEARCH_SUFFIX.matcher(line).replaceAll("").strip();
			if (last) {
				// The capture may end inside a search link's name.
				reference = withoutStartOfSearchLink(reference);
			}
			if (!reference.isEmpty()) {
				this.references.add(reference);
			}
		}

		private ParseResult result() {
			if (this.title == null) {
				return ParseResult.skipped("no title line: the capture is empty or holds only page chrome",
						this.problems);
			}
			if (this.title.isEmpty()) {
				// A chapter cannot be stored without a title, and inventing one would put
				// made-up text on a public page.
				return ParseResult.skipped("the title line holds no title, only footnote markers", this.problems);
			}
			if (this.type != null && !this.type.equalsIgnoreCase("Chapter")) {
				return ParseResult.skipped("the page is of type '" + this.type + "', not a chapter", this.problems);
			}
			if (this.bookLines.isEmpty() && !isChapterOfAnUnnamedBook()) {
				String reason = (this.section == Section.SUMMARY || this.section == Section.AFTER_TITLE)
						? "no book information: the capture ends before its metadata block"
						: "no book information: the page is not a book chapter";
				return ParseResult.skipped(reason, this.problems);
			}
			reportMissing();
			BookDetails book = new BookDetails(this.bookLines.isEmpty() ? null : this.bookLines.get(0),
					(this.bookLines.size() > 1) ? this.bookLines.get(1) : null, this.publisher, this.printYear, null,
					this.printIsbn, this.onlineIsbn);
			ChapterDetails chapter = new ChapterDetails(this.label, this.title, this.part, this.notice,
					this.contributors.stream().map(MutableContributor::freeze).toList(), this.onlineDate,
					this.summaryHeading, this.summary, this.type, this.firstPage, this.lastPage, this.accessRequired,
					this.accessNote.isEmpty() ? null : String.join("\n\n", this.accessNote), this.references,
					this.capturedAt, this.doi);
			return ParseResult.chapter(new ParsedCapture(chapter, book, this.contents), this.problems);
		}

		/**
		 * Whether a capture that names no book is still a chapter: its metadata says
		 * {@code Type: Chapter}, or (in the terse style that ends before any metadata) it
		 * lists the book's contents and has an online date, which no other kind of page
		 * shows together.
		 */
		private boolean isChapterOfAnUnnamedBook() {
			if (this.type != null) {
				return this.type.equalsIgnoreCase("Chapter");
			}
			return !this.contents.isEmpty() && this.onlineDate != null && (this.section == Section.SUMMARY
					|| this.section == Section.AFTER_TITLE || this.section == Section.ACCESS);
		}

		private void reportMissing() {
			if (this.bookLines.isEmpty()) {
				this.problems.add(new Problem(0, "book details not in the source: no book title"));
			}
			missing(this.onlineDate, "online publication date");
			missing(this.summary.isEmpty() ? null : this.summary, "summary");
			missing(this.type, "type");
			missing(this.firstPage, "page range");
			missing(this.publisher, "publisher");
			missing(this.printYear, "print publication year");
		}

		private void missing(Object value, String field) {
			if (value == null) {
				this.problems.add(new Problem(0, "no " + field));
			}
		}

		private static String withoutStartOfSearchLink(String reference) {
			for (String link : SEARCH_LINKS) {
				for (int length = link.length() - 1; length > 0; length--) {
					int start = reference.length() - length;
					// The link's name follows the reference directly ("1968).G"); a word
					// that ends the same way ("OUP") is the reference's own.
					if (reference.endsWith(link.substring(0, length))
							&& (start == 0 || !Character.isLetterOrDigit(reference.charAt(start - 1))
									|| endsWithSearchLink(reference, start))) {
						return SEARCH_SUFFIX.matcher(reference.substring(0, start)).replaceAll("").strip();
					}
				}
			}
			return reference;
		}

		private static boolean endsWithSearchLink(String reference, int end) {
			String before = reference.substring(0, end);
			return SEARCH_LINKS.stream().anyMatch(before::endsWith);
		}

		private static String abbreviate(String line) {
			return (line.length() <= 80) ? line : line.substring(0, 77) + "...";
		}

	}

	/** A contributor while its affiliation may still follow. */
	private static final class MutableContributor {

		private final String name;

		private String affiliation;

		MutableContributor(String name) {
			this.name = name;
		}

		Contributor freeze() {
			return new Contributor(this.name, this.affiliation);
		}

	}

}
