package org.colophon.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.colophon.access.AccessDecision;
import org.colophon.access.Viewer;
import org.colophon.catalogue.ChapterInfo;
import org.colophon.content.ContentFormat;
import org.colophon.content.ContentService;
import org.colophon.content.FullTextAccess;
import org.colophon.system.KeysetPaging;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of saving a chapter: the request must keep its constraints and name a service
 * set up on this server, the reader must be allowed the format by the access decision,
 * requests are rate-limited per reader and address, a repeated submission (same
 * idempotency key) returns the first delivery, and every accepted request becomes a
 * durable delivery record scheduled in the same transaction.
 */
@Service
public class DeliveryService {

	private final DeliveryRepository deliveries;

	private final ContentService content;

	private final DeliveryRateLimiter rateLimiter;

	private final ProviderTokens tokens;

	private final ClientRegistrationRepository registrations;

	private final SchedulerClient scheduler;

	private final OneTimeTask<Void> task;

	private final KeysetPaging paging;

	private final Validator validator;

	private final DeliveryProperties properties;

	private final Clock clock;

	DeliveryService(DeliveryRepository deliveries, ContentService content, DeliveryRateLimiter rateLimiter,
			ProviderTokens tokens, ClientRegistrationRepository registrations, SchedulerClient deliveryScheduler,
			OneTimeTask<Void> deliveryTask, KeysetPaging paging, Validator validator, DeliveryProperties properties,
			Clock clock) {
		this.deliveries = deliveries;
		this.content = content;
		this.rateLimiter = rateLimiter;
		this.tokens = tokens;
		this.registrations = registrations;
		this.scheduler = deliveryScheduler;
		this.task = deliveryTask;
		this.paging = paging;
		this.validator = validator;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Whether saving to this service is set up on this server (the cloud ones need
	 * credentials).
	 */
	public boolean isAvailable(SaveDestination service) {
		return service.registrationId() == null
				|| this.registrations.findByRegistrationId(service.registrationId()) != null;
	}

	/**
	 * Records and schedules a delivery for a signed-in reader.
	 * @return the delivery, new or (for a repeated idempotency key) the first one
	 * @throws InvalidDeliveryException naming each field at fault
	 * @throws DeliveryDeniedException when the access decision does not allow the format
	 * @throws RateLimitedException when the reader or address has asked too often
	 */
	@Transactional
	public Delivery request(ChapterInfo chapter, Viewer viewer, DeliveryRequest request) {
		Long readerId = viewer.readerId();
		if (readerId == null) {
			throw new IllegalArgumentException("Only a signed-in reader can save a chapter");
		}
		// A bad key is answered alone, and a good one first finds an earlier delivery, so
		// that a repeated submission never fails on what has changed since.
		Map<String, String> errors = fieldErrors(this.validator.validateProperty(request, "idempotencyKey"));
		if (!errors.isEmpty()) {
			throw new InvalidDeliveryException(errors);
		}
		if (request.idempotencyKey() != null) {
			Optional<Delivery> earlier = this.deliveries.findByReaderIdAndIdempotencyKey(readerId,
					request.idempotencyKey());
			if (earlier.isPresent()) {
				return earlier.get();
			}
		}
		errors = fieldErrors(this.validator.validate(request));
		SaveDestination service = request.destination().orElse(null);
		if (service != null && !isAvailable(service)) {
			errors.put("service", "delivery.error.service.unavailable");
		}
		ContentFormat format = request.contentFormat().orElse(null);
		FullTextAccess access = this.content.access(chapter, viewer);
		AccessDecision decision = access.decision();
		if (format != null && decision.granted() && !access.formats().contains(format)) {
			errors.put("format", "delivery.error.format.unavailable");
		}
		if (!errors.isEmpty()) {
			throw new InvalidDeliveryException(errors);
		}
		if (!decision.granted()) {
			throw new DeliveryDeniedException(decision);
		}
		this.rateLimiter.consume(readerId, viewer.address());
		String key = (request.idempotencyKey() != null) ? request.idempotencyKey() : UUID.randomUUID().toString();
		String kindleAddress = (service == SaveDestination.KINDLE)
				? new KindleAddress(request.kindleName(), request.kindleDomain()).toString() : null;
		boolean authorised = service.registrationId() == null || this.tokens.isAuthorised(service, readerId);
		Delivery delivery = this.deliveries.save(new Delivery(viewer, chapter.id(), service, format, kindleAddress, key,
				authorised ? DeliveryStatus.PENDING : DeliveryStatus.AUTHORISATION_REQUIRED, this.clock.instant()));
		if (authorised) {
			schedule(delivery);
		}
		return delivery;
	}

	/**
	 * Puts the reader's deliveries that waited for this provider's authorisation back in
	 * the queue, once the reader has authorised it; those that waited longer than
	 * {@code colophon.delivery.authorisation-wait} fail instead.
	 * @return the deliveries put back, none while the reader has not authorised the
	 * provider
	 */
	@Transactional
	public List<Delivery> resumeAfterAuthorisation(Long readerId, SaveDestination service) {
		// The reader comes back from the provider by a plain GET, which any other site
		// can also make their browser send: without an authorisation it changes nothing.
		if (!this.tokens.isAuthorised(service, readerId)) {
			return List.of();
		}
		Instant now = this.clock.instant();
		List<Delivery> resumed = new ArrayList<>();
		for (Delivery delivery : waitingForAuthorisation(readerId, service)) {
			if (!delivery.expire(this.properties.authorisationWait(), now)) {
				delivery.authorised(now);
				schedule(delivery);
				resumed.add(delivery);
			}
		}
		return resumed;
	}

	/**
	 * Fails the reader's deliveries that waited for this provider, when the reader
	 * (having refused to authorise it) cancels them.
	 * @return those deliveries
	 */
	@Transactional
	public List<Delivery> abandonAfterRefusal(Long readerId, SaveDestination service) {
		List<Delivery> waiting = waitingForAuthorisation(readerId, service);
		Instant now = this.clock.instant();
		waiting.forEach((delivery) -> delivery.failed("Colophon was not authorised to save to your account", now));
		return waiting;
	}

	/**
	 * The reader's deliveries that wait for this provider's authorisation, oldest first.
	 */
	@Transactional(readOnly = true)
	public List<Delivery> waitingForAuthorisation(Long readerId, SaveDestination service) {
		return this.deliveries.findByReaderIdAndServiceAndStatusOrderById(readerId, service,
				DeliveryStatus.AUTHORISATION_REQUIRED);
	}

	/**
	 * One of the reader's own deliveries.
	 * @throws DeliveryNotFoundException when there is none with this id for this reader
	 */
	@Transactional(readOnly = true)
	public Delivery delivery(Long readerId, Long id) {
		return findOwn(readerId, id).orElseThrow(() -> new DeliveryNotFoundException(id));
	}

	/**
	 * One of the reader's own deliveries, if there is one with this id.
	 */
	@Transactional(readOnly = true)
	public Optional<Delivery> findOwn(Long readerId, Long id) {
		return this.deliveries.findById(id).filter((delivery) -> delivery.getReaderId().equals(readerId));
	}

	/**
	 * The reader's most recent deliveries, newest first, at most as many as the page-size
	 * limit allows.
	 */
	@Transactional(readOnly = true)
	public List<Delivery> recent(Long readerId, int size) {
		return this.deliveries.findByReaderIdOrderByIdDesc(readerId, this.paging.limit(size));
	}

	private void schedule(Delivery delivery) {
		this.scheduler.scheduleIfNotExists(this.task.instance(String.valueOf(delivery.getId())), this.clock.instant());
	}

	/**
	 * Field name to message key: each message template of {@link DeliveryRequest} is the
	 * key in braces.
	 */
	private static Map<String, String> fieldErrors(Set<ConstraintViolation<DeliveryRequest>> violations) {
		Map<String, String> errors = new HashMap<>();
		for (ConstraintViolation<DeliveryRequest> violation : violations) {
			String template = violation.getMessageTemplate();
			errors.put(violation.getPropertyPath().toString(), template.substring(1, template.length() - 1));
		}
		return errors;
	}

}
