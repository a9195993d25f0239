package org.colophon.delivery;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.colophon.catalogue.CatalogueService;
import org.colophon.catalogue.ChapterInfo;
import org.colophon.content.ContentService;
import org.colophon.content.FullTextFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends one delivery per task run. The delivery's state is the truth: a delivery already
 * delivered, failed or waiting for authorisation is never sent again, whatever the
 * scheduler does. A transient failure leaves it pending and fails the task, so that
 * db-scheduler runs it again after an exponential backoff; after the last attempt it is
 * failed with the reason.
 */
@Configuration(proxyBeanMethods = false)
class DeliveryWorker {

	static final String TASK_NAME = "deliver-chapter";

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
			FullTextFile text = this.content.read(chapter, delivery.getFormat());
			this.targets.get(delivery.getService()).send(delivery, chapter, text);
			update(id, (found) -> found.delivered(this.clock.instant()));
			logger.info("Delivery {} to {} delivered", id, delivery.getService());
		}
		catch (DeliveryFailure failure) {
			handle(id, delivery, failure);
		}
		catch (RuntimeException ex) {
			logger.warn("Delivery {} failed unexpectedly", id, ex);
			handle(id, delivery,
					new DeliveryFailure(DeliveryFailure.Kind.TRANSIENT, "An unexpected error occurred", ex));
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
