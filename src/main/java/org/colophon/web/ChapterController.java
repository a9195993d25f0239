package org.colophon.web;

import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.colophon.access.AccessBasis;
import org.colophon.access.AccessDecision;
import org.colophon.access.AccessProperties;
import org.colophon.access.AccessService;
import org.colophon.access.ViewerResolver;
import org.colophon.catalogue.CatalogueService;
import org.colophon.catalogue.ChapterInfo;
import org.colophon.catalogue.ChapterNotFoundException;
import org.colophon.citation.CitationService;
import org.colophon.citation.FullText;
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

	private final AccessService access;

	private final ViewerResolver viewers;

	private final AccessProperties accessProperties;

	private final DeliveryProperties delivery;

	private final CitationService citation;

	private final SiteAddress site;

	ChapterController(CatalogueService catalogue, AccessService access, ViewerResolver viewers,
			AccessProperties accessProperties, DeliveryProperties delivery, CitationService citation,
			SiteAddress site) {
		this.catalogue = catalogue;
		this.access = access;
		this.viewers = viewers;
		this.accessProperties = accessProperties;
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
	String showChapter(@PathVariable String id, @PathVariable(required = false) String slug,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, HttpServletRequest request,
			HttpServletResponse response, Model model) throws HttpMediaTypeNotAcceptableException {
		if (!ChapterExportController.acceptsHtml(accept)) {
			throw new HttpMediaTypeNotAcceptableException(ChapterExportController.CHAPTER_TYPES);
		}
		ChapterInfo chapter = this.catalogue.chapter(id);
		if (!chapter.slug().equals(slug)) {
			return "redirect:" + Paths.chapter(chapter);
		}
		AccessView access = addChapter(model, chapter, request);
		String baseUrl = this.site.baseUrl();
		LandingMetadata metadata = this.citation.landing(chapter, baseUrl, fullTexts(access, baseUrl));
		response.addHeader(HttpHeaders.LINK, metadata.linkHeader());
		model.addAttribute("metadata", metadata);
		model.addAttribute("cite", CiteView.of(chapter, this.citation, CitationService.DEFAULT_STYLE, baseUrl));
		return "chapter/show";
	}

	@GetMapping("/chapters/{id}/{slug}/save/{target}")
	String showSaveForm(@PathVariable String id, @PathVariable String slug, @PathVariable String target,
			HttpServletRequest request, Model model) {
		if (!SAVE_TARGETS.contains(target)) {
			throw new ChapterNotFoundException(id + "/save/" + target);
		}
		ChapterInfo chapter = this.catalogue.chapter(id);
		if (!chapter.slug().equals(slug)) {
			return "redirect:" + Paths.chapter(chapter) + "/save/" + target;
		}
		addChapter(model, chapter, request);
		model.addAttribute("target", target);
		return "chapter/save";
	}

	private AccessView addChapter(Model model, ChapterInfo chapter, HttpServletRequest request) {
		AccessDecision decision = this.access.decide(chapter, this.viewers.resolve(request));
		AccessView access = AccessView.of(chapter, decision, this.accessProperties);
		model.addAttribute("chapter", ChapterView.of(chapter));
		model.addAttribute("access", access);
		model.addAttribute("kindleSender", this.delivery.kindleSender());
		return access;
	}

	/**
	 * The full-text files this viewer may fetch, for signposting; open to everyone when the chapter is
	 * open access or free.
	 */
	private static List<FullText> fullTexts(AccessView access, String baseUrl) {
		boolean open = access.basis() == AccessBasis.OPEN_ACCESS || access.basis() == AccessBasis.FREE;
		return access.formats()
			.stream()
			.map((link) -> new FullText(baseUrl + link.url(), MediaType.parseMediaType(link.format().mediaType())
				.toString()
				.replaceAll(";.*", ""), open))
			.toList();
	}

}
