package org.colophon.delivery;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.colophon.ReaderRows;
import org.colophon.RepositoryTest;
import org.colophon.access.Viewer;
import org.colophon.content.ContentFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A reader's deliveries: found again by idempotency key, listed newest first, picked out
 * by destination and status when an authorisation arrives, and by status and age when
 * they have waited too long; each keeps the address it was asked from.
 */
@RepositoryTest
class DeliveryRepositoryTests {

	private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

	private static final InetAddress ADDRESS = InetAddress.getLoopbackAddress();

	@Autowired
	private DeliveryRepository deliveries;

	@Autowired
	private TestEntityManager entityManager;

	private Long reader;

	private Long other;

	@BeforeEach
	void setUp() {
		this.reader = ReaderRows.insert(this.entityManager, "reader@colophon.test");
		this.other = ReaderRows.insert(this.entityManager, "other@colophon.test");
	}

	@Test
	void findsAReadersDeliveryByItsIdempotencyKey() {
		Long mine = persist(dropbox(this.reader, "key-1", DeliveryStatus.PENDING));
		persist(dropbox(this.other, "key-2", DeliveryStatus.PENDING));

		assertThat(this.deliveries.findByReaderIdAndIdempotencyKey(this.reader, "key-1")).get()
			.extracting(Delivery::getId)
			.isEqualTo(mine);
		assertThat(this.deliveries.findByReaderIdAndIdempotencyKey(this.reader, "key-2")).isEmpty();
	}

	@Test
	void keepsIdempotencyKeysApartBetweenReaders() {
		persist(dropbox(this.reader, "same-key", DeliveryStatus.PENDING));
		Long others = persist(dropbox(this.other, "same-key", DeliveryStatus.DELIVERED));

		assertThat(this.deliveries.findByReaderIdAndIdempotencyKey(this.other, "same-key")).get()
			.extracting(Delivery::getId)
			.isEqualTo(others);
	}

	@Test
	void refusesASecondDeliveryWithTheSameIdempotencyKeyForAReader() {
		persist(dropbox(this.reader, "key-1", DeliveryStatus.PENDING));

		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.deliveries.save(dropbox(this.reader, "key-1", DeliveryStatus.PENDING)));
	}

	@Test
	void listsAReadersDeliveriesNewestFirstUpToTheLimit() {
		persist(dropbox(this.reader, "key-1", DeliveryStatus.DELIVERED));
		Long second = persist(kindle(this.reader, "key-2"));
		persist(dropbox(this.other, "key-3", DeliveryStatus.PENDING));
		Long third = persist(dropbox(this.reader, "key-4", DeliveryStatus.FAILED));

		assertThat(this.deliveries.findByReaderIdOrderByIdDesc(this.reader, Limit.of(2))).extracting(Delivery::getId)
			.containsExactly(third, second);
	}

	@Test
	void picksAReadersDeliveriesToOneDestinationInOneStatusOldestFirst() {
		Long first = persist(dropbox(this.reader, "key-1", DeliveryStatus.AUTHORISATION_REQUIRED));
		persist(dropbox(this.reader, "key-2", DeliveryStatus.PENDING));
		persist(delivery(this.reader, SaveDestination.GOOGLE_DRIVE, "key-3", DeliveryStatus.AUTHORISATION_REQUIRED));
		persist(dropbox(this.other, "key-4", DeliveryStatus.AUTHORISATION_REQUIRED));
		Long second = persist(dropbox(this.reader, "key-5", DeliveryStatus.AUTHORISATION_REQUIRED));

		List<Delivery> waiting = this.deliveries.findByReaderIdAndServiceAndStatusOrderById(this.reader,
				SaveDestination.DROPBOX, DeliveryStatus.AUTHORISATION_REQUIRED);

		assertThat(waiting).extracting(Delivery::getId).containsExactly(first, second);
	}

	@Test
	void picksTheDeliveriesInOneStatusUnchangedSinceACutoffOldestFirstUpToTheLimit() {
		Long first = persist(waiting(this.reader, "key-1", NOW.minus(Duration.ofHours(30))));
		Long second = persist(waiting(this.other, "key-2", NOW.minus(Duration.ofHours(25))));
		persist(waiting(this.reader, "key-3", NOW.minus(Duration.ofHours(24))));
		persist(waiting(this.reader, "key-4", NOW.minus(Duration.ofHours(1))));
		persist(delivery(this.reader, SaveDestination.DROPBOX, "key-5", DeliveryStatus.FAILED));

		assertThat(this.deliveries.findByStatusAndUpdatedAtLessThanEqualOrderById(DeliveryStatus.AUTHORISATION_REQUIRED,
				NOW.minus(Duration.ofHours(24)), Limit.of(2)))
			.extracting(Delivery::getId)
			.containsExactly(first, second);
	}

	@Test
	void keepsTheAddressADeliveryWasAskedFrom() throws Exception {
		Viewer asking = new Viewer(this.reader, InetAddress.getByName("2001:db8::7"));
		Long id = persist(new Delivery(asking, "c1", SaveDestination.DROPBOX, ContentFormat.PDF, null, "key-1",
				DeliveryStatus.PENDING, NOW));

		assertThat(this.deliveries.findById(id)).get().extracting(Delivery::requester).isEqualTo(asking);
	}

	private Long persist(Delivery delivery) {
		Long id = this.entityManager.persistAndGetId(delivery, Long.class);
		this.entityManager.flush();
		this.entityManager.clear();
		return id;
	}

	private static Delivery waiting(Long readerId, String idempotencyKey, Instant since) {
		return new Delivery(new Viewer(readerId, ADDRESS), "c1", SaveDestination.DROPBOX, ContentFormat.PDF, null,
				idempotencyKey, DeliveryStatus.AUTHORISATION_REQUIRED, since);
	}

	private static Delivery dropbox(Long readerId, String idempotencyKey, DeliveryStatus status) {
		return delivery(readerId, SaveDestination.DROPBOX, idempotencyKey, status);
	}

	private static Delivery kindle(Long readerId, String idempotencyKey) {
		return new Delivery(new Viewer(readerId, ADDRESS), "c1", SaveDestination.KINDLE, ContentFormat.PDF,
				"reader@kindle.com", idempotencyKey, DeliveryStatus.PENDING, NOW);
	}

	private static Delivery delivery(Long readerId, SaveDestination service, String idempotencyKey,
			DeliveryStatus status) {
		return new Delivery(new Viewer(readerId, ADDRESS), "c1", service, ContentFormat.PDF, null, idempotencyKey,
				status, NOW);
	}

}
