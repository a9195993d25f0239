package org.colophon.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.colophon.access.AccessBasis;
import org.colophon.access.AccessProperties;
import org.colophon.access.Viewer;
import org.colophon.catalogue.CatalogueService;
import org.colophon.catalogue.ChapterInfo;
import org.colophon.citation.CitationService;
import org.colophon.citation.FullTextLink;
import org.colophon.citation.LandingMetadata;
import org.colophon.citation.SiteAddress;
import org.colophon.content.ContentService;
import org.colophon.content.FullTextAccess;
import org.colophon.delivery.Delivery;
import org.colophon.delivery.DeliveryDeniedException;
import org.colophon.delivery.DeliveryProperties;
import org.colophon.delivery.DeliveryRequest;
import org.colophon.delivery.DeliveryService;
import org.colophon.delivery.DeliveryStatus;
import org.colophon.delivery.InvalidDeliveryException;
import org.colophon.delivery.RateLimitedException;
import org.colophon.delivery.SaveDestination;
import org.colophon.links.Links;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The chapter landing page, the plain-page versions of its save dialogs, and saving.
 */
@Controller
class ChapterController {

	private final CatalogueService catalogue;

	private final ContentService content;

	private final AccessProperties accessProperties;

	private final DeliveryProperties delivery;

	private final DeliveryService deliveries;

	private final CitationService citation;

	private final SiteAddress site;

	ChapterController(CatalogueService catalogue, ContentService content, AccessProperties accessProperties,
			DeliveryProperties delivery, DeliveryService deliveries, CitationService citation, SiteAddress site) {
		this.catalogue = catalogue;
		this.content = content;
		this.accessProperties = accessProperties;
		this.delivery = delivery;
		this.deliveries = deliveries;
		this.citation = citation;
		this.site = site;
	}

	/**
	 * The landing page. It also claims {@code *}/{@code *}, so that a client that accepts
	 * anything (or sends no Accept header) gets HTML rather than whichever citation type
	 * of ChapterExportController would sort first; a client that accepts neither HTML nor
	 * a citation type gets 406.
	 */
	@GetMapping(path = { Links.CHAPTER, Links.CHAPTER_PAGE },
			produces = { MediaType.TEXT_HTML_VALUE, MediaType.ALL_VALUE })
	String showChapter(@PathVariable String id, @PathVariable(required = false) String slug,
			@RequestParam(name = "delivery", required = false) Long deliveryId,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, Viewer viewer,
			HttpServletResponse response, Model model) throws HttpMediaTypeNotAcceptableException {
		if (!ChapterExportController.acceptsHtml(accept)) {
			throw new HttpMediaTypeNotAcceptableException(ChapterExportController.CHAPTER_TYPES);
		}
		ChapterInfo chapter = this.catalogue.chapter(id);
		if (!chapter.slug().equals(slug)) {
			return "redirect:" + Links.chapter(chapter);
		}
		Long readerId = viewer.readerId();
		if (deliveryId != null && readerId != null) {
			// A stale or someone else's delivery id in the address shows no confirmation,
			// not an error.
			this.deliveries.findOwn(readerId, deliveryId)
				.ifPresent((delivery) -> model.addAttribute("delivery", DeliveryView.of(delivery, chapter)));
		}
		return landing(chapter, viewer, SaveForm.empty(), null, Map.of(), response, model);
	}

	@GetMapping(Links.CHAPTER_SAVE)
	String showSaveForm(@PathVariable String id, @PathVariable String slug, @PathVariable String target, Viewer viewer,
			Model model) {
		SaveDestination service = SaveDestination.fromSlug(target)
			.orElseThrow(() -> new AddressNotFoundException("save target", target));
		ChapterInfo chapter = this.catalogue.chapter(id);
		if (!chapter.slug().equals(slug)) {
			return "redirect:" + Links.save(chapter, target);
		}
		addChapter(model, chapter, viewer, SaveForm.empty(), null, Map.of());
		model.addAttribute("target", service.slug());
		return "chapter/save";
	}

	/**
	 * Saves the chapter: on success back to the chapter with the delivery's status, or
	 * first through the provider's authorisation; on bad input the same form again with
	 * the errors beside the fields and the reader's input kept, in the dialog or on the
	 * plain page, as it was sent.
	 */
	@PostMapping(Links.CHAPTER_SAVE)
	Object submitSave(@PathVariable String id, @PathVariable String slug, @PathVariable String target, SaveForm form,
			Authentication authentication, Viewer viewer, HttpServletResponse response, Model model) {
		SaveDestination service = SaveDestination.fromSlug(target)
			.orElseThrow(() -> new AddressNotFoundException("save target", target));
		ChapterInfo chapter = this.catalogue.chapter(id);
		Map<String, String> errors;
		try {
			Delivery delivery = this.deliveries.request(chapter, viewer, authentication.getName(),
					new DeliveryRequest(service.name(), form.format(), form.kindleName(), form.kindleDomain(),
							form.acceptPolicy(), form.idempotencyKey()));
			if (delivery.getStatus() == DeliveryStatus.AUTHORISATION_REQUIRED) {
				return "redirect:" + Links.authorisation(service.registrationId());
			}
			return "redirect:" + Links.chapter(chapter, delivery.getId());
		}
		catch (InvalidDeliveryException ex) {
			errors = ex.fieldErrors();
		}
		catch (RateLimitedException ex) {
			errors = Map.of("form", "delivery.error.rateLimited");
			model.addAttribute("retryMinutes", Math.max(1, (ex.retryAfter().toSeconds() + 59) / 60));
		}
		catch (DeliveryDeniedException ex) {
			return AccessView.deniedPage(chapter, ex.decision(), this.accessProperties);
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		if (form.fromDialog()) {
			return landing(chapter, viewer, form, service.slug(), errors, response, model);
		}
		addChapter(model, chapter, viewer, form, service.slug(), errors);
		model.addAttribute("target", service.slug());
		return "chapter/save";
	}

	private String landing(ChapterInfo chapter, Viewer viewer, SaveForm form, String formTarget,
			Map<String, String> errors, HttpServletResponse response, Model model) {
		AccessView access = addChapter(model, chapter, viewer, form, formTarget, errors);
		String baseUrl = this.site.baseUrl();
		LandingMetadata metadata = this.citation.landing(chapter, baseUrl, fullTexts(access, baseUrl));
		response.addHeader(HttpHeaders.LINK, metadata.linkHeader());
		model.addAttribute("metadata", metadata);
		model.addAttribute("cite", CiteView.of(chapter, this.citation, CitationService.DEFAULT_STYLE, baseUrl));
		return "chapter/show";
	}

	private AccessView addChapter(Model model, ChapterInfo chapter, Viewer viewer, SaveForm form, String formTarget,
			Map<String, String> errors) {
		FullTextAccess decision = this.content.access(chapter, viewer);
		AccessView access = AccessView.of(chapter, decision, this.accessProperties);
		model.addAttribute("chapter", ChapterView.of(chapter));
		model.addAttribute("access", access);
		model.addAttribute("save",
				new SaveDialogsView(this.delivery.kindleSender(), form, formTarget, errors,
						UUID.randomUUID().toString(), this.deliveries.isAvailable(SaveDestination.DROPBOX),
						this.deliveries.isAvailable(SaveDestination.GOOGLE_DRIVE)));
		return access;
	}

	/**
	 * The full-text files this viewer may fetch, for signposting; open to everyone when
	 * the chapter is open access or free.
	 */
	private static List<FullTextLink> fullTexts(AccessView access, String baseUrl) {
		boolean open = access.basis() == AccessBasis.OPEN_ACCESS || access.basis() == AccessBasis.FREE;
		return access.formats()
			.stream()
			.map((link) -> new FullTextLink(baseUrl + link.url(),
					MediaType.parseMediaType(link.format().mediaType()).toString().replaceAll(";.*", ""), open))
			.toList();
	}

}
