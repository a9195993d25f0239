package org.colophon.web;

import java.util.List;

import org.colophon.access.Viewer;
import org.colophon.catalogue.CatalogueService;
import org.colophon.delivery.Delivery;
import org.colophon.delivery.DeliveryService;
import org.colophon.delivery.SaveDestination;
import org.colophon.links.Links;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * "My deliveries", and the page readers come back to from a provider's authorisation,
 * which sends the saves that waited for it or, after a refusal, offers to cancel them.
 */
@Controller
class DeliveriesController {

	private static final int PAGE_SIZE = 50;

	private final DeliveryService deliveries;

	private final CatalogueService catalogue;

	DeliveriesController(DeliveryService deliveries, CatalogueService catalogue) {
		this.deliveries = deliveries;
		this.catalogue = catalogue;
	}

	@GetMapping(Links.DELIVERIES)
	String listDeliveries(Viewer viewer, Model model) {
		List<DeliveryView> rows = this.deliveries.recent(viewer.readerId(), PAGE_SIZE)
			.stream()
			.map((delivery) -> DeliveryView.of(delivery, this.catalogue.chapter(delivery.getChapterId())))
			.toList();
		model.addAttribute("deliveries", rows);
		return "delivery/list";
	}

	/**
	 * After an authorisation, sends the saves that waited for it. A refusal only asks:
	 * Spring Security has already checked the {@code state} of a real one, but then sends
	 * the reader here with nothing that tells it from a plain GET that any other site can
	 * make the reader's browser send (an image will do), so cancelling takes the reader's
	 * own POST, with its CSRF token.
	 */
	@GetMapping(Links.DELIVERIES_AUTHORISED)
	String showAuthorised(@PathVariable String registrationId, @RequestParam(required = false) String error,
			Viewer viewer, Model model) {
		SaveDestination service = destination(registrationId);
		Long readerId = viewer.readerId();
		if (error != null) {
			int waiting = this.deliveries.waitingForAuthorisation(readerId, service).size();
			if (waiting == 0) {
				return "redirect:" + Links.DELIVERIES;
			}
			model.addAttribute("refused", new RefusedView(service, waiting, Links.authorisation(registrationId),
					UriComponentsBuilder.fromPath(Links.DELIVERIES_AUTHORISED).build(registrationId).toString()));
			return "delivery/refused";
		}
		List<Delivery> resumed = this.deliveries.resumeAfterAuthorisation(readerId, service);
		if (resumed.isEmpty()) {
			return "redirect:" + Links.DELIVERIES;
		}
		Delivery latest = resumed.get(resumed.size() - 1);
		return "redirect:" + Links.chapter(this.catalogue.chapter(latest.getChapterId()), latest.getId());
	}

	@PostMapping(Links.DELIVERIES_AUTHORISED)
	String submitCancel(@PathVariable String registrationId, Viewer viewer) {
		this.deliveries.abandonAfterRefusal(viewer.readerId(), destination(registrationId));
		return "redirect:" + Links.DELIVERIES;
	}

	private static SaveDestination destination(String registrationId) {
		return SaveDestination.fromRegistrationId(registrationId)
			.orElseThrow(() -> new AddressNotFoundException("cloud provider", registrationId));
	}

	/**
	 * A refused authorisation as the reader sees it: how many saves wait for it, where to
	 * authorise again and where to cancel them.
	 */
	record RefusedView(SaveDestination service, int waiting, String authoriseUrl, String cancelUrl) {
	}

}
