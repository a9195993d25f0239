package org.colophon.web;

import org.colophon.catalogue.CatalogueService;
import org.colophon.catalogue.ChapterInfo;
import org.colophon.citation.CitationService;
import org.colophon.citation.SiteAddress;
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

	private final CitationService citation;

	private final SiteAddress site;

	CiteController(CatalogueService catalogue, CitationService citation, SiteAddress site) {
		this.catalogue = catalogue;
		this.citation = citation;
		this.site = site;
	}

	@GetMapping(Links.CHAPTER_CITE)
	String showCitation(@PathVariable String id, @PathVariable String slug,
			@RequestParam(defaultValue = CitationService.DEFAULT_STYLE) String style,
			@RequestParam(required = false) String q, Model model) {
		ChapterInfo chapter = this.catalogue.chapter(id);
		if (!chapter.slug().equals(slug)) {
			return "redirect:" + Links.citePage(chapter, style);
		}
		boolean known = this.citation.isStyle(style);
		model.addAttribute("chapter", ChapterView.of(chapter));
		model.addAttribute("cite", CiteView.of(chapter, this.citation, known ? style : CitationService.DEFAULT_STYLE,
				this.site.baseUrl()));
		model.addAttribute("unknownStyle", known ? null : style);
		model.addAttribute("query", q);
		model.addAttribute("found", this.citation.searchStyles(q));
		return "chapter/cite";
	}

}
