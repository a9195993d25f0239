package org.colophon.web;

import java.util.List;

import org.colophon.citation.CitationStyle;

/**
 * The citation dialog and page: the chapter formatted in the chosen style, the styles to
 * choose from and the downloads.
 */
record CiteView(String chapterUrl, String citePageUrl, String style, String text, List<CitationStyle> styles,
		String risUrl, String bibtexUrl, String cslJsonUrl) {
}
