package org.colophon.web;

import java.util.ArrayList;
import java.util.List;

import org.colophon.catalogue.ChapterInfo;
import org.colophon.citation.CitationService;
import org.colophon.citation.CitationStyle;
import org.colophon.citation.ExportFormat;
import org.colophon.links.Links;

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
		return new CiteView(Links.chapter(chapter), Links.citePage(chapter), style,
				citation.format(chapter, style, CitationService.DEFAULT_LOCALE, baseUrl), styles,
				Links.citeDownload(chapter, ExportFormat.RIS.extension()),
				Links.citeDownload(chapter, ExportFormat.BIBTEX.extension()),
				Links.citeDownload(chapter, ExportFormat.CSL_JSON.extension()));
	}

}
