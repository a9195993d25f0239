package org.colophon.web;

import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.colophon.access.Viewer;
import org.colophon.catalogue.ChapterInfo;
import org.colophon.citation.CitationService;
import org.colophon.citation.LandingMetadata;
import org.colophon.delivery.DeliveryProperties;
import org.colophon.delivery.DeliveryService;
import org.colophon.delivery.SaveDestination;
import org.colophon.links.Links;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Builds the chapter landing page and the plain pages of its save dialogs: the chapter,
 * what this viewer may do with it, the save dialogs, the citation and, for the landing
 * page, its description for machines.
 */
@Component
class ChapterPage {

	private final AccessViews access;

	private final CitationViews citations;

	private final DeliveryService deliveries;

	private final DeliveryProperties delivery;

	ChapterPage(AccessViews access, CitationViews citations, DeliveryService deliveries, DeliveryProperties delivery) {
		this.access = access;
		this.citations = citations;
		this.deliveries = deliveries;
		this.delivery = delivery;
	}

	/**
	 * Fills the landing page with empty save forms, confirming the reader's delivery when
	 * the address names one of theirs.
	 * @return the description for machines, whose signposting goes in the {@code Link}
	 * header
	 */
	LandingMetadata addLanding(Model model, ChapterInfo chapter, Viewer viewer, Long deliveryId) {
		if (deliveryId != null && viewer.readerId() != null) {
			// A stale or someone else's delivery id in the address shows no confirmation,
			// not an error.
			this.deliveries.findOwn(viewer.readerId(), deliveryId)
				.ifPresent((delivery) -> model.addAttribute("delivery", DeliveryView.of(delivery, chapter)));
		}
		return addLanding(model, chapter, viewer, SaveForm.empty(), null, Map.of());
	}

	/**
	 * Fills the landing page with a save that failed open in its dialog.
	 * @return the description for machines, whose signposting goes in the {@code Link}
	 * header
	 */
	LandingMetadata addLanding(Model model, ChapterInfo chapter, Viewer viewer, SaveFailure failure) {
		addRetry(model, failure);
		return addLanding(model, chapter, viewer, failure.form(), failure.target(), failure.errors());
	}

	/** Fills the plain save page of a destination with an empty form. */
	void addSavePage(Model model, ChapterInfo chapter, Viewer viewer, SaveDestination target) {
		addChapter(model, chapter, viewer, SaveForm.empty(), null, Map.of());
		model.addAttribute("target", target.slug());
	}

	/** Fills the plain save page with a save that failed. */
	void addSavePage(Model model, ChapterInfo chapter, Viewer viewer, SaveFailure failure) {
		addRetry(model, failure);
		addChapter(model, chapter, viewer, failure.form(), failure.target(), failure.errors());
		model.addAttribute("target", failure.target());
	}

	private LandingMetadata addLanding(Model model, ChapterInfo chapter, Viewer viewer, SaveForm form,
			String formTarget, Map<String, String> errors) {
		AccessView access = addChapter(model, chapter, viewer, form, formTarget, errors);
		if (access.openToEveryone()) {
			RequestContextHolder.currentRequestAttributes()
				.setAttribute(PageCacheFilter.SAME_FOR_EVERY_VISITOR, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
		}
		LandingMetadata metadata = this.citations.landing(chapter, access);
		model.addAttribute("metadata", metadata);
		model.addAttribute("cite", this.citations.cite(chapter, CitationService.DEFAULT_STYLE));
		return metadata;
	}

	private AccessView addChapter(Model model, ChapterInfo chapter, Viewer viewer, SaveForm form, String formTarget,
			Map<String, String> errors) {
		AccessView access = this.access.of(chapter, viewer);
		model.addAttribute("chapter", ChapterView.of(chapter));
		model.addAttribute("access", access);
		model.addAttribute("save",
				new SaveDialogsView(saveUrls(chapter), this.delivery.kindleSender(), form, formTarget, errors,
						UUID.randomUUID().toString(), this.deliveries.isAvailable(SaveDestination.DROPBOX),
						this.deliveries.isAvailable(SaveDestination.GOOGLE_DRIVE)));
		return access;
	}

	private static void addRetry(Model model, SaveFailure failure) {
		if (failure.retryMinutes() != null) {
			model.addAttribute("retryMinutes", failure.retryMinutes());
		}
	}

	private static Map<String, String> saveUrls(ChapterInfo chapter) {
		return Arrays.stream(SaveDestination.values())
			.map(SaveDestination::slug)
			.collect(Collectors.toMap(Function.identity(), (target) -> Links.save(chapter, target)));
	}

}
