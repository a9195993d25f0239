package org.colophon.citation;

import java.time.format.DateTimeFormatter;

import org.colophon.catalogue.ChapterDetails;
import org.colophon.catalogue.ChapterInfo;

/**
 * Writes a chapter as an RIS record ({@code TY  - CHAP}), the format reference managers
 * import.
 */
final class RisExport {

	private static final DateTimeFormatter RIS_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");

	private RisExport() {
	}

	static String write(ChapterInfo chapter, String canonicalUrl) {
		ChapterDetails details = chapter.details();
		StringBuilder ris = new StringBuilder();
		line(ris, "TY", "CHAP");
		line(ris, "ID", chapter.id());
		line(ris, "TI", details.title());
		details.contributors().forEach((c) -> line(ris, "AU", CslItems.invertedName(CslItems.name(c))));
		line(ris, "T2", chapter.book().details().fullTitle());
		line(ris, "PB", chapter.book().publisher());
		if (chapter.book().printPublicationYear() != null) {
			line(ris, "PY", chapter.book().printPublicationYear().toString());
		}
		if (details.onlinePublicationDate() != null) {
			line(ris, "DA", RIS_DATE.format(details.onlinePublicationDate()));
		}
		line(ris, "SP", details.firstPage());
		line(ris, "EP", details.lastPage());
		line(ris, "SN", chapter.book().printIsbn());
		line(ris, "SN", chapter.book().onlineIsbn());
		line(ris, "DO", chapter.doi());
		line(ris, "UR", canonicalUrl);
		if (!details.summary().isEmpty()) {
			line(ris, "AB", String.join(" ", details.summary()));
		}
		ris.append("ER  - \r\n");
		return ris.toString();
	}

	private static void line(StringBuilder ris, String tag, String value) {
		if (value == null || value.isBlank()) {
			return;
		}
		// A tag's value ends at the line break, so breaks inside a value would start
		// bogus tags.
		ris.append(tag).append("  - ").append(value.replaceAll("\\s+", " ").strip()).append("\r\n");
	}

}
