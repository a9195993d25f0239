package org.colophon.web;

import jakarta.servlet.http.HttpServletResponse;
import org.colophon.access.Viewer;
import org.colophon.catalogue.CatalogueService;
import org.colophon.catalogue.ChapterInfo;
import org.colophon.delivery.Delivery;
import org.colophon.delivery.DeliveryDeniedException;
import org.colophon.delivery.DeliveryService;
import org.colophon.delivery.DeliveryStatus;
import org.colophon.delivery.InvalidDeliveryException;
import org.colophon.delivery.RateLimitedException;
import org.colophon.delivery.SaveDestination;
import org.colophon.links.Links;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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

	private final DeliveryService deliveries;

	private final ChapterPage page;

	private final AccessViews access;

	ChapterController(CatalogueService catalogue, DeliveryService deliveries, ChapterPage page, AccessViews access) {
		this.catalogue = catalogue;
		this.deliveries = deliveries;
		this.page = page;
		this.access = access;
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
		response.addHeader(HttpHeaders.LINK, this.page.addLanding(model, chapter, viewer, deliveryId).linkHeader());
		model.addAttribute("nav", ChapterNavView.of(chapter, this.catalogue.bookWithChapters(chapter.book().id())));
		return "chapter/show";
	}

	@GetMapping(Links.CHAPTER_SAVE)
	String showSaveForm(@PathVariable String id, @PathVariable String slug, @PathVariable String target, Viewer viewer,
			Model model) {
		SaveDestination destination = destination(target);
		ChapterInfo chapter = this.catalogue.chapter(id);
		if (!chapter.slug().equals(slug)) {
			return "redirect:" + Links.save(chapter, target);
		}
		this.page.addSavePage(model, chapter, viewer, destination);
		return "chapter/save";
	}

	/**
	 * Saves the chapter: on success back to the chapter with the delivery's status, or
	 * first through the provider's authorisation; on bad input the same form again with
	 * the errors beside the fields and the reader's input kept, in the dialog or on the
	 * plain page, as it was sent.
	 */
	@PostMapping(Links.CHAPTER_SAVE)
	Object submitSave(@PathVariable String id, @PathVariable String target, SaveForm form, Viewer viewer,
			HttpServletResponse response, Model model) {
		SaveDestination destination = destination(target);
		ChapterInfo chapter = this.catalogue.chapter(id);
		SaveFailure failure;
		try {
			Delivery delivery = this.deliveries.request(chapter, viewer, form.toRequest(destination));
			if (delivery.getStatus() == DeliveryStatus.AUTHORISATION_REQUIRED) {
				return "redirect:" + Links.authorisation(destination.registrationId());
			}
			return "redirect:" + Links.chapter(chapter, delivery.getId());
		}
		catch (InvalidDeliveryException ex) {
			failure = SaveFailure.invalid(form, destination, ex.fieldErrors());
		}
		catch (RateLimitedException ex) {
			failure = SaveFailure.rateLimited(form, destination, ex.retryAfter());
		}
		catch (DeliveryDeniedException ex) {
			return this.access.deniedPage(chapter, ex.decision());
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		if (form.fromDialog()) {
			response.addHeader(HttpHeaders.LINK, this.page.addLanding(model, chapter, viewer, failure).linkHeader());
			return "chapter/show";
		}
		this.page.addSavePage(model, chapter, viewer, failure);
		return "chapter/save";
	}

	private static SaveDestination destination(String target) {
		return SaveDestination.fromSlug(target).orElseThrow(() -> new AddressNotFoundException("save target", target));
	}

}
