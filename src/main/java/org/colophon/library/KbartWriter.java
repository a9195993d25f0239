package org.colophon.library;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

import org.colophon.catalogue.BookInfo;
import org.colophon.links.Links;

/**
 * Writes a KBART Phase II title list (NISO RP-9-2014): UTF-8, one header row with the 25
 * field labels in their order, then one tab-separated row per title, every column present
 * even when empty. A value cannot break the table: tabs and line breaks become spaces,
 * other control characters are dropped.
 */
final class KbartWriter {

	/** The field labels in the order the recommended practice gives them. */
	static final List<String> COLUMNS = List.of("publication_title", "print_identifier", "online_identifier",
			"date_first_issue_online", "num_first_vol_online", "num_first_issue_online", "date_last_issue_online",
			"num_last_vol_online", "num_last_issue_online", "title_url", "first_author", "title_id", "embargo_info",
			"coverage_depth", "notes", "publisher_name", "publication_type", "date_monograph_published_print",
			"date_monograph_published_online", "monograph_volume", "monograph_edition", "first_editor",
			"parent_publication_title_id", "preceding_publication_title_id", "access_type");

	private static final Pattern BREAKS = Pattern.compile("[\\t\\n\\x0B\\f\\r\\u0085\\u2028\\u2029]+");

	private static final Pattern CONTROLS = Pattern.compile("[\\p{Cc}\\uFFFE\\uFFFF]");

	private final Writer out;

	private final String site;

	KbartWriter(OutputStream out, String site) {
		this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		this.site = site;
	}

	void header() throws IOException {
		row(COLUMNS);
	}

	void write(Title title) throws IOException {
		BookInfo book = title.book();
		List<String> row = new ArrayList<>(Collections.nCopies(COLUMNS.size(), ""));
		set(row, "publication_title", book.details().fullTitle());
		set(row, "title_url", this.site + Links.book(book));
		set(row, "print_identifier", book.printIsbn());
		set(row, "online_identifier", book.onlineIsbn());
		set(row, "title_id", (book.doi() != null) ? book.doi() : book.id());
		set(row, "coverage_depth", title.wholeBook() ? "fulltext" : "selected articles");
		set(row, "publisher_name", book.publisher());
		set(row, "publication_type", "monograph");
		set(row, "date_monograph_published_print",
				(book.printPublicationYear() != null) ? book.printPublicationYear().toString() : null);
		set(row, "access_type", title.freeToRead() ? "F" : "P");
		row(row);
	}

	void flush() throws IOException {
		this.out.flush();
	}

	/**
	 * A value as one cell: line breaks and tabs as single spaces, no control characters,
	 * no surrounding space; {@code null} as empty.
	 */
	static String cell(String value) {
		if (value == null) {
			return "";
		}
		return CONTROLS.matcher(BREAKS.matcher(value).replaceAll(" ")).replaceAll("").strip();
	}

	private static void set(List<String> row, String column, String value) {
		row.set(COLUMNS.indexOf(column), cell(value));
	}

	private void row(List<String> cells) throws IOException {
		this.out.write(String.join("\t", cells));
		this.out.write('\n');
	}

}
