package org.colophon.delivery;

import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.logging.LogLevel;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * db-scheduler keeps the delivery tasks in the database (table {@code scheduled_tasks}),
 * so that a delivery recorded in a transaction is scheduled in that same transaction, and
 * retries with backoff survive a restart. It starts polling once the application is
 * ready, and at shutdown lets the deliveries being sent finish.
 */
@Configuration(proxyBeanMethods = false)
class SchedulerConfiguration {

	/**
	 * Stopped when the context closes, after the web server has drained its requests and
	 * before the data source and the delivery targets it uses are closed; {@code stop}
	 * waits for the deliveries being sent.
	 */
	@Bean(destroyMethod = "stop")
	Scheduler deliveryScheduler(DataSource dataSource, OneTimeTask<Void> deliveryTask, RecurringTask<Void> expiryTask,
			DeliveryProperties properties, SchedulerProperties scheduler) {
		List<Task<?>> tasks = List.of(deliveryTask);
		return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), tasks)
			.startTasks(expiryTask)
			.threads(2)
			.pollingInterval(properties.pollingInterval())
			.heartbeatInterval(Duration.ofSeconds(30))
			.deleteUnresolvedAfter(Duration.ofDays(1))
			.enableImmediateExecution()
			// A retried delivery is expected, and DeliveryWorker logs its reason; no
			// stack trace per retry.
			.failureLogging(LogLevel.INFO, false)
			.shutdownMaxWait(scheduler.shutdownMaxWait())
			.build();
	}

	@EventListener(ApplicationReadyEvent.class)
	void start(ApplicationReadyEvent event) {
		event.getApplicationContext().getBean(Scheduler.class).start();
	}

}
