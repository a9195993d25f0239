package org.colophon.library;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.colophon.catalogue.BookInfo;
import org.colophon.catalogue.ChapterDetails;
import org.colophon.catalogue.ChapterInfo;
import org.colophon.catalogue.Contributor;
import org.colophon.links.Links;
import org.marc4j.marc.DataField;
import org.marc4j.marc.MarcFactory;
import org.marc4j.marc.Record;

/**
 * MARC 21 bibliographic records of online books and, as component parts, of their
 * chapters: minimal-level records (leader/17 {@code 3}) with RDA content, media and
 * carrier types and an 856 to the landing page. Values are cleaned so that no record can
 * break either serialisation: control characters go, and a field is cut to fit the ISO
 * 2709 limit of 9,999 bytes.
 */
final class MarcRecords {

	/**
	 * Room for the tag's indicators, subfield codes and delimiters within 9,999 bytes.
	 */
	private static final int MAX_VALUE_BYTES = 9000;

	private static final DateTimeFormatter ENTERED = DateTimeFormatter.ofPattern("yyMMdd").withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter LATEST = DateTimeFormatter.ofPattern("yyyyMMddHHmmss.0")
		.withZone(ZoneOffset.UTC);

	private static final Pattern BREAKS = Pattern.compile("[\\t\\n\\x0B\\f\\r\\u0085\\u2028\\u2029]+");

	private static final Pattern UNSAFE = Pattern.compile("[\\p{Cc}\\p{Cs}\\uFFFE\\uFFFF]");

	/** The supplied title of a book the sources did not name. */
	static final String UNNAMED_BOOK = "[Book details not in the source]";

	private final MarcFactory factory = MarcFactory.newInstance();

	/**
	 * A book's record: leader/07 {@code m} (monograph).
	 * @param site the site's base URL, without a trailing slash
	 */
	Record book(BookInfo book, String site) {
		Record record = this.factory.newRecord("00000nam a22000003c 4500");
		Integer year = book.printPublicationYear();
		control(record, book.id(), book.updatedAt(), (year != null) ? year.toString() : null);
		if (book.printIsbn() != null) {
			field(record, "020", ' ', ' ', "a", book.printIsbn(), "q", "print");
		}
		if (book.onlineIsbn() != null) {
			field(record, "020", ' ', ' ', "a", book.onlineIsbn(), "q", "online");
		}
		doi(record, book.doi());
		List<String> title = new ArrayList<>(List.of("a", titleOf(book)));
		if (book.subtitle() != null) {
			title.addAll(List.of("b", book.subtitle()));
		}
		field(record, "245", '0', '0', title.toArray(String[]::new));
		publication(record, book.publisher(), (year != null) ? year.toString() : null);
		field(record, "300", ' ', ' ', "a", "1 online resource");
		types(record);
		if (!book.contents().isEmpty()) {
			field(record, "505", '0', ' ', "a", String.join(" -- ", book.contents()));
		}
		field(record, "856", '4', '0', "u", site + Links.book(book));
		return record;
	}

	/**
	 * A chapter's record as a component part of its book: leader/07 {@code a}, with a 773
	 * naming the book by its record's control number.
	 * @param site the site's base URL, without a trailing slash
	 */
	Record chapter(ChapterInfo chapter, String site) {
		ChapterDetails details = chapter.details();
		BookInfo book = chapter.book();
		Record record = this.factory.newRecord("00000naa a22000003c 4500");
		LocalDate online = details.onlinePublicationDate();
		String year = (online != null) ? Integer.toString(online.getYear())
				: (book.printPublicationYear() != null) ? book.printPublicationYear().toString() : null;
		control(record, chapter.id(), chapter.updatedAt(), year);
		doi(record, details.doi());
		List<Contributor> contributors = details.contributors();
		if (!contributors.isEmpty()) {
			person(record, "100", contributors.get(0));
		}
		field(record, "245", contributors.isEmpty() ? '0' : '1', '0', "a", details.title());
		publication(record, book.publisher(), year);
		String pages = pages(details);
		field(record, "300", ' ', ' ', "a",
				(pages != null) ? "1 online resource (pages " + pages + ")" : "1 online resource");
		types(record);
		if (!details.summary().isEmpty()) {
			field(record, "520", ' ', ' ', "a", String.join(" ", details.summary()));
		}
		for (Contributor contributor : contributors.subList(Math.min(1, contributors.size()), contributors.size())) {
			person(record, "700", contributor);
		}
		List<String> host = new ArrayList<>(
				List.of("t", (book.details().title() != null) ? book.details().fullTitle() : titleOf(book)));
		if (book.publisher() != null || book.printPublicationYear() != null) {
			host.addAll(List.of("d", String.join(", ", nonNull(book.publisher(),
					(book.printPublicationYear() != null) ? book.printPublicationYear().toString() : null))));
		}
		if (pages != null) {
			host.addAll(List.of("g", "pages " + pages));
		}
		String isbn = (book.onlineIsbn() != null) ? book.onlineIsbn() : book.printIsbn();
		if (isbn != null) {
			host.addAll(List.of("z", isbn));
		}
		host.addAll(List.of("w", book.id()));
		field(record, "773", '0', ' ', host.toArray(String[]::new));
		field(record, "856", '4', '0', "u", site + Links.chapter(chapter));
		return record;
	}

	/**
	 * Text as a field can hold it: one line, no control characters, at most
	 * {@value #MAX_VALUE_BYTES} bytes in UTF-8 (cut at a character boundary).
	 */
	static String clean(String value) {
		String text = UNSAFE.matcher(BREAKS.matcher(value).replaceAll(" ")).replaceAll("").strip();
		if (text.getBytes(StandardCharsets.UTF_8).length <= MAX_VALUE_BYTES) {
			return text;
		}
		StringBuilder cut = new StringBuilder();
		int bytes = 0;
		for (int i = 0; i < text.length();) {
			int codePoint = text.codePointAt(i);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (bytes + size > MAX_VALUE_BYTES - 3) {
				break;
			}
			cut.appendCodePoint(codePoint);
			bytes += size;
			i += Character.charCount(codePoint);
		}
		return cut.append('\u2026').toString();
	}

	/**
	 * A book's title, or a title supplied in brackets, as cataloguers do, for a book the
	 * sources did not name.
	 */
	private static String titleOf(BookInfo book) {
		return (book.title() != null) ? book.title() : UNNAMED_BOOK;
	}

	/** A DOI as a standard identifier (024, first indicator 7, source in $2). */
	private void doi(Record record, String doi) {
		if (doi != null) {
			field(record, "024", '7', ' ', "a", doi, "2", "doi");
		}
	}

	private void control(Record record, String id, Instant updatedAt, String year) {
		record.addVariableField(this.factory.newControlField("001", id));
		record.addVariableField(this.factory.newControlField("005", LATEST.format(updatedAt)));
		record.addVariableField(this.factory.newControlField("007", "cr |||||||||||"));
		// Date entered, one known date (or unknown), unknown place, online, no government
		// publication, conference, festschrift or index, not fiction, undetermined
		// language.
		String fixed = ENTERED.format(updatedAt) + ((year != null) ? "s" + year : "nuuuu") + "    xx " + "     o    "
				+ " 000 0 und d";
		record.addVariableField(this.factory.newControlField("008", fixed));
	}

	private void publication(Record record, String publisher, String year) {
		List<String> subfields = new ArrayList<>();
		if (publisher != null) {
			subfields.addAll(List.of("b", publisher));
		}
		if (year != null) {
			subfields.addAll(List.of("c", year));
		}
		if (!subfields.isEmpty()) {
			field(record, "264", ' ', '1', subfields.toArray(String[]::new));
		}
	}

	private void types(Record record) {
		field(record, "336", ' ', ' ', "a", "text", "b", "txt", "2", "rdacontent");
		field(record, "337", ' ', ' ', "a", "computer", "b", "c", "2", "rdamedia");
		field(record, "338", ' ', ' ', "a", "online resource", "b", "cr", "2", "rdacarrier");
	}

	private void person(Record record, String tag, Contributor contributor) {
		if (contributor.affiliation() != null) {
			field(record, tag, '1', ' ', "a", contributor.name(), "u", contributor.affiliation());
		}
		else {
			field(record, tag, '1', ' ', "a", contributor.name());
		}
	}

	/**
	 * Adds a data field from subfield codes and values, leaving out blank values and the
	 * field when none is left.
	 */
	private void field(Record record, String tag, char ind1, char ind2, String... codesAndValues) {
		DataField field = this.factory.newDataField(tag, ind1, ind2);
		for (int i = 0; i < codesAndValues.length; i += 2) {
			String value = (codesAndValues[i + 1] != null) ? clean(codesAndValues[i + 1]) : "";
			if (!value.isEmpty()) {
				field.addSubfield(this.factory.newSubfield(codesAndValues[i].charAt(0), value));
			}
		}
		if (!field.getSubfields().isEmpty()) {
			record.addVariableField(field);
		}
	}

	private static String pages(ChapterDetails details) {
		if (details.firstPage() == null) {
			return null;
		}
		return (details.lastPage() != null) ? details.firstPage() + "-" + details.lastPage() : details.firstPage();
	}

	private static List<String> nonNull(String... values) {
		List<String> kept = new ArrayList<>();
		for (String value : values) {
			if (value != null) {
				kept.add(value);
			}
		}
		return kept;
	}

}
