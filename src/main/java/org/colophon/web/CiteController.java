package org.colophon.web;

import org.colophon.catalogue.CatalogueService;
import org.colophon.catalogue.ChapterInfo;
import org.colophon.citation.CitationService;
import org.colophon.links.Links;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The plain citation page, which the chapter page's Cite dialog enhances: a style to
 * choose, a style search and the downloads, all working without JavaScript.
 */
@Controller
class CiteController {

	private final CatalogueService catalogue;

	private final CitationViews citations;

	CiteController(CatalogueService catalogue, CitationViews citations) {
		this.catalogue = catalogue;
		this.citations = citations;
	}

	@GetMapping(Links.CHAPTER_CITE)
	String showCitation(@PathVariable String id, @PathVariable String slug,
			@RequestParam(defaultValue = CitationService.DEFAULT_STYLE) String style,
			@RequestParam(required = false) String q, Model model) {
		ChapterInfo chapter = this.catalogue.chapter(id);
		if (!chapter.slug().equals(slug)) {
			return "redirect:" + Links.citePage(chapter, style);
		}
		this.citations.addCitePage(model, chapter, style, q);
		return "chapter/cite";
	}

}
