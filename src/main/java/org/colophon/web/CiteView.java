package org.colophon.web;

import java.util.ArrayList;
import java.util.List;

import org.colophon.catalogue.ChapterInfo;
import org.colophon.citation.CitationLinks;
import org.colophon.citation.CitationService;
import org.colophon.citation.CitationStyle;
import org.colophon.citation.ExportFormat;

/**
 * The citation dialog and page: the chapter formatted in the chosen style, the styles to
 * choose from and the downloads.
 */
record CiteView(String chapterUrl, String citePageUrl, String style, String text, List<CitationStyle> styles,
		String risUrl, String bibtexUrl, String cslJsonUrl) {

	static CiteView of(ChapterInfo chapter, CitationService citation, String style, String baseUrl) {
		List<CitationStyle> styles = new ArrayList<>(citation.featuredStyles());
		if (styles.stream().noneMatch((candidate) -> candidate.id().equals(style))) {
			citation.style(style).ifPresent(styles::add);
		}
		return new CiteView(Paths.chapter(chapter), CitationLinks.citePage(chapter), style,
				citation.format(chapter, style, CitationService.DEFAULT_LOCALE, baseUrl), styles,
				CitationLinks.export(chapter, ExportFormat.RIS), CitationLinks.export(chapter, ExportFormat.BIBTEX),
				CitationLinks.export(chapter, ExportFormat.CSL_JSON));
	}

}
