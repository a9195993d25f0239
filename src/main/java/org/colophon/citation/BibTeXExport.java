package org.colophon.citation;

import java.util.stream.Collectors;

import org.colophon.catalogue.ChapterDetails;
import org.colophon.catalogue.ChapterInfo;

/**
 * Writes a chapter as a BibTeX {@code @incollection} entry, escaping what TeX would read
 * as commands.
 */
final class BibTeXExport {

	private BibTeXExport() {
	}

	static String write(ChapterInfo chapter, String canonicalUrl) {
		ChapterDetails details = chapter.details();
		StringBuilder bib = new StringBuilder("@incollection{colophon-").append(chapter.id()).append(",\n");
		field(bib, "title", details.title());
		if (!details.contributors().isEmpty()) {
			field(bib, "author",
					details.contributors()
						.stream()
						.map((c) -> CslItems.invertedName(CslItems.name(c)))
						.collect(Collectors.joining(" and ")));
		}
		field(bib, "booktitle", chapter.book().details().fullTitle());
		field(bib, "publisher", chapter.book().publisher());
		if (chapter.book().printPublicationYear() != null) {
			field(bib, "year", chapter.book().printPublicationYear().toString());
		}
		if (details.firstPage() != null) {
			field(bib, "pages", (details.lastPage() == null) ? details.firstPage()
					: details.firstPage() + "--" + details.lastPage());
		}
		field(bib, "chapter", details.label());
		field(bib, "doi", chapter.doi());
		field(bib, "isbn",
				(chapter.book().printIsbn() != null) ? chapter.book().printIsbn() : chapter.book().onlineIsbn());
		field(bib, "url", canonicalUrl);
		if (!details.summary().isEmpty()) {
			field(bib, "abstract", String.join(" ", details.summary()));
		}
		bib.append("}\n");
		return bib.toString();
	}

	private static void field(StringBuilder bib, String name, String value) {
		if (value == null || value.isBlank()) {
			return;
		}
		String escaped = name.equals("url") ? value.replace("%", "\\%").replace("{", "%7B").replace("}", "%7D")
				: escape(value);
		bib.append("  ").append(name).append(" = {").append(escaped).append("},\n");
	}

	/**
	 * Escapes TeX's special characters; the braces are escaped too, so that a value can
	 * never close its field early. Other Unicode stays as it is (BibLaTeX and reference
	 * managers read UTF-8).
	 */
	static String escape(String value) {
		StringBuilder out = new StringBuilder(value.length() + 16);
		for (char c : value.replaceAll("\\s+", " ").strip().toCharArray()) {
			switch (c) {
				case '\\' -> out.append("\\textbackslash{}");
				case '{', '}', '%', '&', '#', '$', '_' -> out.append('\\').append(c);
				case '~' -> out.append("\\textasciitilde{}");
				case '^' -> out.append("\\textasciicircum{}");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

}
