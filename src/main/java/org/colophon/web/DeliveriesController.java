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
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "My deliveries", and the page readers come back to from a provider's authorisation,
 * which sends the saves that waited for it.
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

	@GetMapping(Links.DELIVERIES_AUTHORISED)
	String showAuthorised(@PathVariable String registrationId, @RequestParam(required = false) String error,
			Viewer viewer) {
		SaveDestination service = SaveDestination.fromRegistrationId(registrationId)
			.orElseThrow(() -> new AddressNotFoundException("cloud provider", registrationId));
		Long readerId = viewer.readerId();
		List<Delivery> resumed = (error == null) ? this.deliveries.resumeAfterAuthorisation(readerId, service)
				: this.deliveries.abandonAfterRefusal(readerId, service);
		if (error != null || resumed.isEmpty()) {
			return "redirect:" + Links.DELIVERIES;
		}
		Delivery latest = resumed.get(resumed.size() - 1);
		return "redirect:" + Links.chapter(this.catalogue.chapter(latest.getChapterId()), latest.getId());
	}

}
