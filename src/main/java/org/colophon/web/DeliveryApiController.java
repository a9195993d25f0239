package org.colophon.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.colophon.access.Viewer;
import org.colophon.catalogue.CatalogueService;
import org.colophon.delivery.Delivery;
import org.colophon.delivery.DeliveryDeniedException;
import org.colophon.delivery.DeliveryRequest;
import org.colophon.delivery.DeliveryService;
import org.colophon.delivery.InvalidDeliveryException;
import org.colophon.delivery.RateLimitedException;
import org.colophon.links.Links;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Saving as JSON for scripts and apps, authenticated as the reader: request a delivery,
 * follow its status, list one's own. Nobody sees another reader's deliveries.
 */
@RestController
class DeliveryApiController {

	private final DeliveryService deliveries;

	private final CatalogueService catalogue;

	private final MessageSource messages;

	DeliveryApiController(DeliveryService deliveries, CatalogueService catalogue, MessageSource messages) {
		this.deliveries = deliveries;
		this.catalogue = catalogue;
		this.messages = messages;
	}

	@PostMapping(Links.API_CHAPTER_DELIVERIES)
	ResponseEntity<DeliveryJson> submitDelivery(@PathVariable String id, @RequestBody DeliveryRequest body,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey, Viewer viewer) {
		DeliveryRequest withKey = (idempotencyKey != null && body.idempotencyKey() == null)
				? new DeliveryRequest(body.service(), body.format(), body.kindleName(), body.kindleDomain(),
						body.acceptPolicy(), idempotencyKey)
				: body;
		Delivery delivery = this.deliveries.request(this.catalogue.chapter(id), viewer, withKey);
		return ResponseEntity.accepted()
			.location(URI.create(Links.apiDelivery(delivery.getId())))
			.body(DeliveryJson.of(delivery));
	}

	@GetMapping(Links.API_DELIVERY)
	DeliveryJson showDelivery(@PathVariable Long id, Viewer viewer) {
		return DeliveryJson.of(this.deliveries.delivery(viewer.readerId(), id));
	}

	@GetMapping(Links.API_DELIVERIES)
	List<DeliveryJson> listDeliveries(Viewer viewer) {
		return this.deliveries.recent(viewer.readerId(), 100).stream().map(DeliveryJson::of).toList();
	}

	@ExceptionHandler(InvalidDeliveryException.class)
	ResponseEntity<ProblemDetail> invalid(InvalidDeliveryException ex) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The request has invalid fields");
		problem.setTitle("Invalid input");
		problem.setProperty("errors",
				ex.fieldErrors()
					.entrySet()
					.stream()
					.map((error) -> Map.of("field", error.getKey(), "message",
							this.messages.getMessage(error.getValue(), null, error.getValue(), locale)))
					.toList());
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler(DeliveryDeniedException.class)
	ResponseEntity<ProblemDetail> denied(DeliveryDeniedException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, ex.getMessage());
		problem.setTitle("No access");
		return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
	}

	@ExceptionHandler(RateLimitedException.class)
	ResponseEntity<ProblemDetail> rateLimited(RateLimitedException ex) {
		long seconds = Math.max(1, ex.retryAfter().toSeconds());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
				"Too many deliveries; try again in " + seconds + " seconds");
		problem.setTitle("Too many requests");
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds))
			.body(problem);
	}

	record DeliveryJson(Long id, String chapterId, String service, String format, String status, String reason,
			int attempts, Instant createdAt, Instant updatedAt, Instant deliveredAt) {

		static DeliveryJson of(Delivery delivery) {
			return new DeliveryJson(delivery.getId(), delivery.getChapterId(), delivery.getService().name(),
					delivery.getFormat().name(), delivery.getStatus().name(), delivery.getReason(),
					delivery.getAttempts(), delivery.getCreatedAt(), delivery.getUpdatedAt(),
					delivery.getDeliveredAt());
		}

	}

}
