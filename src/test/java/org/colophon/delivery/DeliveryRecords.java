package org.colophon.delivery;

import java.net.InetAddress;
import java.time.Instant;

import org.colophon.access.Viewer;
import org.colophon.content.ContentFormat;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Deliveries in a given state and with an id, as the delivery service hands them out, for
 * tests outside this package that stand in for the service.
 */
public final class DeliveryRecords {

	/** When every delivery made here was requested. */
	public static final Instant REQUESTED = Instant.parse("2026-01-20T09:00:00Z");

	private DeliveryRecords() {
	}

	/**
	 * A delivery of a chapter's PDF that has reached a status; a Kindle delivery goes to
	 * {@code reader@kindle.com}, a failed one failed for "Mailbox full".
	 */
	public static Delivery delivery(Long id, Long readerId, String chapterId, SaveDestination service,
			DeliveryStatus status) {
		String kindleAddress = (service == SaveDestination.KINDLE) ? "reader@kindle.com" : null;
		Delivery delivery = new Delivery(new Viewer(readerId, InetAddress.getLoopbackAddress()), chapterId, service,
				ContentFormat.PDF, kindleAddress, "key-" + id, DeliveryStatus.PENDING, REQUESTED);
		ReflectionTestUtils.setField(delivery, "id", id);
		Instant later = REQUESTED.plusSeconds(60);
		switch (status) {
			case PENDING -> {
			}
			case SENDING -> delivery.startAttempt(later);
			case DELIVERED -> {
				delivery.startAttempt(later);
				delivery.delivered(later);
			}
			case FAILED -> {
				delivery.startAttempt(later);
				delivery.failed("Mailbox full", later);
			}
			case AUTHORISATION_REQUIRED -> delivery.needsAuthorisation("Authorise first", later);
		}
		return delivery;
	}

}
