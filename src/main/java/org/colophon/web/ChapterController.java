package org.colophon.web;

import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.colophon.catalogue.CatalogueService;
import org.colophon.catalogue.ChapterInfo;
import org.colophon.catalogue.ChapterNotFoundException;
import org.colophon.citation.CitationService;
import org.colophon.citation.LandingMetadata;
import org.colophon.citation.SiteAddress;
import org.colophon.delivery.DeliveryProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The chapter landing page and the plain-page versions of its save dialogs.
 */
@Controller
class ChapterController {

	private static final Set<String> SAVE_TARGETS = Set.of("kindle", "dropbox", "google-drive");

	private final CatalogueService catalogue;

	private final DeliveryProperties delivery;

	private final CitationService citation;

	private final SiteAddress site;

	ChapterController(CatalogueService catalogue, DeliveryProperties delivery, CitationService citation,
			SiteAddress site) {
		this.catalogue = catalogue;
		this.delivery = delivery;
		this.citation = citation;
		this.site = site;
	}

	/**
	 * The landing page. It also claims {@code *}/{@code *}, so that a client that accepts anything (or
	 * sends no Accept header) gets HTML rather than whichever citation type of ChapterExportController
	 * would sort first; a client that accepts neither HTML nor a citation type gets 406.
	 */
	@GetMapping(path = { "/chapters/{id}", "/chapters/{id}/{slug}" },
			produces = { MediaType.TEXT_HTML_VALUE, MediaType.ALL_VALUE })
	String showChapter(@PathVariable String id, @PathVariable(required = false) String slug, Model model,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, HttpServletResponse response)
			throws HttpMediaTypeNotAcceptableException {
		if (!ChapterExportController.acceptsHtml(accept)) {
			throw new HttpMediaTypeNotAcceptableException(ChapterExportController.CHAPTER_TYPES);
		}
		ChapterInfo chapter = this.catalogue.chapter(id);
		if (!chapter.slug().equals(slug)) {
			return "redirect:" + Paths.chapter(chapter);
		}
		String baseUrl = this.site.baseUrl();
		// No full-text files exist yet; when they do, the reader's accessible files go here.
		LandingMetadata metadata = this.citation.landing(chapter, baseUrl, List.of());
		response.addHeader(HttpHeaders.LINK, metadata.linkHeader());
		model.addAttribute("chapter", ChapterView.of(chapter));
		model.addAttribute("metadata", metadata);
		model.addAttribute("cite", CiteView.of(chapter, this.citation, CitationService.DEFAULT_STYLE, baseUrl));
		model.addAttribute("kindleSender", this.delivery.kindleSender());
		return "chapter/show";
	}

	@GetMapping("/chapters/{id}/{slug}/save/{target}")
	String showSaveForm(@PathVariable String id, @PathVariable String slug, @PathVariable String target,
			Model model) {
		if (!SAVE_TARGETS.contains(target)) {
			throw new ChapterNotFoundException(id + "/save/" + target);
		}
		ChapterInfo chapter = this.catalogue.chapter(id);
		if (!chapter.slug().equals(slug)) {
			return "redirect:" + Paths.chapter(chapter) + "/save/" + target;
		}
		model.addAttribute("chapter", ChapterView.of(chapter));
		model.addAttribute("target", target);
		model.addAttribute("kindleSender", this.delivery.kindleSender());
		return "chapter/save";
	}

}
