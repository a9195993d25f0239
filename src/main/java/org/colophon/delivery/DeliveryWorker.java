package org.colophon.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.colophon.catalogue.CatalogueService;
import org.colophon.catalogue.ChapterInfo;
import org.colophon.content.ContentService;
import org.colophon.content.FullTextAccess;
import org.colophon.content.FullTextFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.Limit;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends one delivery per task run. The delivery's state is the truth: a delivery already
 * delivered, failed or waiting for authorisation is never sent again, whatever the
 * scheduler does. The access decision is taken again before each attempt, since an
 * entitlement can end while a save waits. A transient failure leaves it pending and fails
 * the task, so that db-scheduler runs it again after an exponential backoff; after the
 * last attempt it is failed with the reason. A periodic task fails the deliveries that
 * have waited too long for the reader's authorisation.
 */
@Configuration(proxyBeanMethods = false)
class DeliveryWorker {

	static final String TASK_NAME = "deliver-chapter";

	static final String EXPIRY_TASK_NAME = "expire-waiting-deliveries";

	/**
	 * How often waiting deliveries are checked: only for the list of deliveries, since
	 * one that waited too long is never sent anyway (resuming checks the wait too).
	 */
	private static final Duration EXPIRY_INTERVAL = Duration.ofMinutes(5);

	private static final int EXPIRY_BATCH = 500;

	/** How many times the success of a sent delivery is written before the task fails. */
	private static final int RECORD_ATTEMPTS = 5;

	private static final Duration FIRST_RECORD_WAIT = Duration.ofSeconds(1);

	private static final Logger logger = LoggerFactory.getLogger(DeliveryWorker.class);

	private final DeliveryRepository deliveries;

	private final CatalogueService catalogue;

	private final ContentService content;

	private final Map<SaveDestination, DeliveryTarget> targets = new EnumMap<>(SaveDestination.class);

	private final TransactionTemplate transactions;

	private final DeliveryProperties properties;

	private final Clock clock;

	DeliveryWorker(DeliveryRepository deliveries, CatalogueService catalogue, ContentService content,
			List<DeliveryTarget> targets, TransactionTemplate transactions, DeliveryProperties properties,
			Clock clock) {
		this.deliveries = deliveries;
		this.catalogue = catalogue;
		this.content = content;
		targets.forEach((target) -> this.targets.put(target.service(), target));
		this.transactions = transactions;
		this.properties = properties;
		this.clock = clock;
	}

	@Bean
	OneTimeTask<Void> deliveryTask() {
		return Tasks.oneTime(TASK_NAME)
			.onFailure(new FailureHandler.ExponentialBackoffFailureHandler<>(this.properties.retryBackoff(), 2.0))
			.execute((instance, context) -> attempt(Long.parseLong(instance.getId())));
	}

	@Bean
	RecurringTask<Void> expiryTask() {
		return Tasks.recurring(EXPIRY_TASK_NAME, FixedDelay.of(EXPIRY_INTERVAL))
			.execute((instance, context) -> expireWaiting());
	}

	/**
	 * Fails every delivery that has waited for the reader's authorisation longer than
	 * {@code colophon.delivery.authorisation-wait}, a batch per transaction.
	 */
	void expireWaiting() {
		Duration wait = this.properties.authorisationWait();
		boolean more = true;
		while (more) {
			more = Boolean.TRUE.equals(this.transactions.execute((status) -> {
				Instant now = this.clock.instant();
				List<Delivery> stale = this.deliveries.findByStatusAndUpdatedAtLessThanEqualOrderById(
						DeliveryStatus.AUTHORISATION_REQUIRED, now.minus(wait), Limit.of(EXPIRY_BATCH));
				stale.forEach((delivery) -> delivery.expire(wait, now));
				return stale.size() == EXPIRY_BATCH;
			}));
		}
	}

	/**
	 * Makes one attempt at a delivery.
	 * @throws RetryLaterException after a transient failure, so the scheduler tries again
	 */
	void attempt(long id) {
		Delivery delivery = this.transactions.execute((status) -> {
			Delivery found = this.deliveries.findById(id).orElse(null);
			if (found == null || !found.isSendable()) {
				return null;
			}
			found.startAttempt(this.clock.instant());
			return this.deliveries.save(found);
		});
		if (delivery == null) {
			return;
		}
		try {
			ChapterInfo chapter = this.catalogue.chapter(delivery.getChapterId());
			FullTextAccess access = this.content.access(chapter, delivery.requester());
			if (!access.decision().granted() || !access.formats().contains(delivery.getFormat())) {
				throw DeliveryFailure.permanent("Not sent: your access to this chapter has ended");
			}
			FullTextFile text = this.content.read(chapter, delivery.getFormat());
			this.targets.get(delivery.getService()).send(delivery, chapter, text);
		}
		catch (DeliveryFailure failure) {
			handle(id, delivery, failure);
			return;
		}
		catch (RuntimeException ex) {
			logger.warn("Delivery {} failed unexpectedly", id, ex);
			handle(id, delivery,
					new DeliveryFailure(DeliveryFailure.Kind.TRANSIENT, "An unexpected error occurred", ex));
			return;
		}
		recordDelivered(id);
		logger.info("Delivery {} to {} delivered", id, delivery.getService());
	}

	/**
	 * Records a delivery that has gone out. Failing to record it is not failing to send
	 * it: a busy or briefly unreachable database is tried again (after a second or the
	 * retry backoff if shorter, doubling: about 15 seconds in all) rather than the
	 * chapter sent again. Only when every try fails does the task fail, and the delivery,
	 * still sending, goes out once more on the next run.
	 */
	private void recordDelivered(long id) {
		Duration wait = (this.properties.retryBackoff().compareTo(FIRST_RECORD_WAIT) < 0)
				? this.properties.retryBackoff() : FIRST_RECORD_WAIT;
		for (int attempt = 1;; attempt++) {
			try {
				update(id, (found) -> found.delivered(this.clock.instant()));
				return;
			}
			catch (DataAccessException | TransactionException ex) {
				if (attempt == RECORD_ATTEMPTS) {
					logger.error("Delivery {} was sent but could not be recorded after {} tries; it will be sent again",
							id, attempt, ex);
					throw ex;
				}
				logger.warn("Delivery {} was sent but could not be recorded ({}); trying again in {}", id,
						ex.getMessage(), wait);
				pause(wait);
				wait = wait.multipliedBy(2);
			}
		}
	}

	private static void pause(Duration wait) {
		try {
			Thread.sleep(wait.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while recording a sent delivery", ex);
		}
	}

	private void handle(long id, Delivery delivery, DeliveryFailure failure) {
		switch (failure.kind()) {
			case PERMANENT -> update(id, (found) -> found.failed(failure.getMessage(), this.clock.instant()));
			case AUTHORISATION ->
				update(id, (found) -> found.needsAuthorisation(failure.getMessage(), this.clock.instant()));
			case TRANSIENT -> {
				if (delivery.getAttempts() >= this.properties.maxAttempts()) {
					update(id,
							(found) -> found.failed(
									"Gave up after " + found.getAttempts() + " attempts: " + failure.getMessage(),
									this.clock.instant()));
				}
				else {
					update(id, (found) -> found.retryLater(failure.getMessage(), this.clock.instant()));
					throw new RetryLaterException(id, failure);
				}
			}
		}
		logger.info("Delivery {} to {}: {} ({})", id, delivery.getService(), failure.kind(), failure.getMessage());
	}

	private void update(long id, Consumer<Delivery> change) {
		this.transactions.executeWithoutResult((status) -> this.deliveries.findById(id).ifPresent((found) -> {
			change.accept(found);
			this.deliveries.save(found);
		}));
	}

	/** Tells the scheduler to run the task again later. */
	static class RetryLaterException extends RuntimeException {

		RetryLaterException(long id, DeliveryFailure cause) {
			super("Delivery " + id + " will be retried: " + cause.getMessage(), cause);
		}

	}

}
