package org.colophon.delivery;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.colophon.access.AccessDecision;
import org.colophon.catalogue.CatalogueService;
import org.colophon.catalogue.ChapterInfo;
import org.colophon.content.ContentFormat;
import org.colophon.content.ContentService;
import org.colophon.content.FullTextAccess;
import org.colophon.content.FullTextFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willAnswer;
import static org.mockito.Mockito.mock;

/**
 * One attempt at a delivery, around a database that fails at the worst moment: after the
 * chapter has gone out.
 */
class DeliveryWorkerTests {

	private static final long ID = 7L;

	private final DeliveryRepository deliveries = mock(DeliveryRepository.class);

	private final CountingTarget target = new CountingTarget();

	private final Delivery delivery = DeliveryRecords.delivery(ID, 1L, "c1", SaveDestination.KINDLE,
			DeliveryStatus.PENDING);

	private int failedRecords;

	/**
	 * The status as last written, which is what a failed write leaves in the database.
	 */
	private DeliveryStatus stored;

	private DeliveryWorker worker;

	@BeforeEach
	void worker() {
		CatalogueService catalogue = mock(CatalogueService.class);
		ContentService content = mock(ContentService.class);
		ChapterInfo chapter = mock(ChapterInfo.class);
		AccessDecision granted = mock(AccessDecision.class);
		given(granted.granted()).willReturn(true);
		given(catalogue.chapter("c1")).willReturn(chapter);
		given(content.access(any(), any())).willReturn(new FullTextAccess(granted, List.of(ContentFormat.PDF)));
		given(content.read(chapter, ContentFormat.PDF)).willReturn(mock(FullTextFile.class));
		given(this.deliveries.findById(ID)).willReturn(Optional.of(this.delivery));
		given(this.deliveries.save(any())).willAnswer((invocation) -> {
			Delivery saved = invocation.getArgument(0);
			if (saved.getStatus() == DeliveryStatus.DELIVERED && this.failedRecords > 0) {
				this.failedRecords--;
				throw new TransientDataAccessResourceException("Connection is not available, request timed out");
			}
			this.stored = saved.getStatus();
			return saved;
		});
		DeliveryProperties properties = mock(DeliveryProperties.class);
		given(properties.retryBackoff()).willReturn(Duration.ZERO);
		given(properties.maxAttempts()).willReturn(6);
		this.worker = new DeliveryWorker(this.deliveries, catalogue, content, List.of(this.target), transactions(),
				properties, Clock.systemUTC());
	}

	@Test
	void sendsAndRecordsTheDelivery() {
		this.worker.attempt(ID);

		assertThat(this.target.sent).isOne();
		assertThat(this.stored).isEqualTo(DeliveryStatus.DELIVERED);
	}

	@Test
	void aDeliveryThatWentOutButCouldNotBeRecordedAtOnceIsRecordedNotSentAgain() {
		this.failedRecords = 2;

		this.worker.attempt(ID);

		assertThat(this.target.sent).isOne();
		assertThat(this.stored).isEqualTo(DeliveryStatus.DELIVERED);
		assertThat(this.delivery.getAttempts()).isOne();
	}

	@Test
	void whenTheRecordKeepsFailingTheTaskFailsAndTheDeliveryStaysSendable() {
		this.failedRecords = Integer.MAX_VALUE;

		assertThatExceptionOfType(TransientDataAccessResourceException.class).isThrownBy(() -> this.worker.attempt(ID));

		assertThat(this.target.sent).isOne();
		assertThat(this.stored).isEqualTo(DeliveryStatus.SENDING);
	}

	@SuppressWarnings("unchecked")
	private static TransactionTemplate transactions() {
		TransactionTemplate transactions = mock(TransactionTemplate.class);
		given(transactions.execute(any()))
			.willAnswer((invocation) -> invocation.getArgument(0, TransactionCallback.class).doInTransaction(null));
		willAnswer((invocation) -> {
			invocation.getArgument(0, Consumer.class).accept(null);
			return null;
		}).given(transactions).executeWithoutResult(any());
		return transactions;
	}

	private static final class CountingTarget implements DeliveryTarget {

		private int sent;

		@Override
		public SaveDestination service() {
			return SaveDestination.KINDLE;
		}

		@Override
		public void send(Delivery delivery, ChapterInfo chapter, FullTextFile text) {
			this.sent++;
		}

	}

}
