package org.colophon.delivery;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the delivery scheduler stops: at shutdown it takes no new delivery and waits up to
 * {@code shutdownMaxWait} for those being sent (and as long again once interrupted)
 * before it lets the application stop. db-scheduler's own default, half an hour, would
 * outlast any platform's grace period, and a delivery cut off mid-send is sent again
 * after the restart, so the reader may receive it twice.
 */
@ConfigurationProperties("colophon.delivery.scheduler")
record SchedulerProperties(@DefaultValue("30s") Duration shutdownMaxWait) {

	SchedulerProperties {
		if (shutdownMaxWait.isNegative()) {
			throw new IllegalArgumentException(
					"colophon.delivery.scheduler.shutdown-max-wait must not be negative, not " + shutdownMaxWait);
		}
	}

}
