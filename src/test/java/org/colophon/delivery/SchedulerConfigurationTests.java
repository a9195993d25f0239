package org.colophon.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The delivery scheduler at shutdown: closing the application waits for a delivery being
 * sent, and for no longer than configured.
 */
class SchedulerConfigurationTests {

	private final CountDownLatch sending = new CountDownLatch(1);

	private final CountDownLatch release = new CountDownLatch(1);

	private final AtomicBoolean sent = new AtomicBoolean();

	private final OneTimeTask<Void> slowDelivery = Tasks.oneTime(DeliveryWorker.TASK_NAME).execute((instance, ctx) -> {
		this.sending.countDown();
		try {
			this.sent.set(this.release.await(1, TimeUnit.MINUTES));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	});

	private final ApplicationContextRunner contexts = new ApplicationContextRunner()
		.withUserConfiguration(SchedulerConfiguration.class, Settings.class)
		.withBean(DataSource.class, SchedulerConfigurationTests::migratedDatabase)
		.withBean("deliveryTask", OneTimeTask.class, () -> this.slowDelivery)
		.withBean("expiryTask", RecurringTask.class,
				() -> Tasks.recurring(DeliveryWorker.EXPIRY_TASK_NAME, FixedDelay.of(Duration.ofHours(1)))
					.execute((instance, context) -> {
					}));

	@Test
	void waitsHalfAMinuteByDefaultNotDbSchedulersHalfHour() {
		this.contexts.run((context) -> assertThat(context.getBean(Scheduler.class)).extracting("shutdownMaxWait")
			.isEqualTo(Duration.ofSeconds(30)));
	}

	@Test
	void waitsAsLongAsConfigured() {
		this.contexts.withPropertyValues("colophon.delivery.scheduler.shutdown-max-wait=2m")
			.run((context) -> assertThat(context.getBean(Scheduler.class)).extracting("shutdownMaxWait")
				.isEqualTo(Duration.ofMinutes(2)));
	}

	@Test
	void closingTheApplicationLetsADeliveryBeingSentFinish() {
		this.contexts.run((context) -> {
			Scheduler scheduler = context.getBean(Scheduler.class);
			scheduler.start();
			scheduler.schedule(this.slowDelivery.instance("1"), Instant.now());
			assertThat(this.sending.await(1, TimeUnit.MINUTES)).isTrue();
			// The delivery completes only once shutdown has begun, so the context can
			// close only if the scheduler's stop waits for it.
			Thread releaser = new Thread(() -> {
				await().atMost(Duration.ofMinutes(1)).until(() -> scheduler.getSchedulerState().isShuttingDown());
				this.release.countDown();
			});
			releaser.start();

			context.close();

			assertThat(this.sent).isTrue();
			releaser.join();
		});
	}

	private static DataSource migratedDatabase() {
		DataSource dataSource = new DriverManagerDataSource(
				"jdbc:h2:mem:scheduler-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
		return dataSource;
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties({ DeliveryProperties.class, SchedulerProperties.class })
	static class Settings {

	}

}
