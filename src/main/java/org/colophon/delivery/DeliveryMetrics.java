package org.colophon.delivery;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * Publishes how many deliveries stand in each status as {@code colophon.deliveries},
 * counted in the database when scraped: a growing PENDING or FAILED count is the first
 * sign of a provider or SMTP outage. Every instance reports the same totals.
 */
@Component
class DeliveryMetrics implements MeterBinder {

	private final DeliveryRepository deliveries;

	DeliveryMetrics(DeliveryRepository deliveries) {
		this.deliveries = deliveries;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (DeliveryStatus status : DeliveryStatus.values()) {
			Gauge.builder("colophon.deliveries", this.deliveries, (deliveries) -> deliveries.countByStatus(status))
				.description("Deliveries in each status")
				.tag("status", status.name())
				.register(registry);
		}
	}

}
