package org.colophon.delivery;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;

import org.colophon.access.Viewer;
import org.colophon.content.ContentFormat;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A delivery waiting for the reader's authorisation expires once it has waited the whole
 * wait, with a reason that says how long that was; no other delivery expires.
 */
class DeliveryTests {

	private static final Instant SINCE = Instant.parse("2026-11-27T10:00:00Z");

	@Test
	void expiresOnceItHasWaitedTheWholeWait() {
		Delivery delivery = delivery(DeliveryStatus.AUTHORISATION_REQUIRED);

		assertThat(delivery.expire(Duration.ofHours(24), SINCE.plus(Duration.ofHours(24)).minusSeconds(1))).isFalse();
		assertThat(delivery.getStatus()).isEqualTo(DeliveryStatus.AUTHORISATION_REQUIRED);

		assertThat(delivery.expire(Duration.ofHours(24), SINCE.plus(Duration.ofHours(24)))).isTrue();
		assertThat(delivery.getStatus()).isEqualTo(DeliveryStatus.FAILED);
		assertThat(delivery.getReason()).isEqualTo("Not sent: the authorisation did not come within 24 hours");
	}

	@Test
	void saysTheWaitInHoursOrElseMinutes() {
		Delivery hour = delivery(DeliveryStatus.AUTHORISATION_REQUIRED);
		hour.expire(Duration.ofHours(1), SINCE.plus(Duration.ofDays(1)));
		Delivery minutes = delivery(DeliveryStatus.AUTHORISATION_REQUIRED);
		minutes.expire(Duration.ofMinutes(90), SINCE.plus(Duration.ofDays(1)));

		assertThat(hour.getReason()).endsWith("within 1 hour");
		assertThat(minutes.getReason()).endsWith("within 90 minutes");
	}

	@Test
	void onlyADeliveryWaitingForAuthorisationExpires() {
		for (DeliveryStatus status : new DeliveryStatus[] { DeliveryStatus.PENDING, DeliveryStatus.SENDING,
				DeliveryStatus.DELIVERED, DeliveryStatus.FAILED }) {
			Delivery delivery = delivery(status);

			assertThat(delivery.expire(Duration.ofHours(1), SINCE.plus(Duration.ofDays(2)))).as(status.name())
				.isFalse();
			assertThat(delivery.getStatus()).isEqualTo(status);
		}
	}

	private static Delivery delivery(DeliveryStatus status) {
		return new Delivery(new Viewer(7L, InetAddress.getLoopbackAddress()), "c1", SaveDestination.DROPBOX,
				ContentFormat.PDF, null, "key", status, SINCE);
	}

}
