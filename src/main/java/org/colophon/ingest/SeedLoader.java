package org.colophon.ingest;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the seed captures when the application starts, unless switched off, and refuses
 * traffic (the readiness probe answers OUT_OF_SERVICE) while it does: pages served
 * meanwhile would miss chapters, or show books half revised.
 */
@Component
@Order(0)
class SeedLoader implements ApplicationRunner {

	private final IngestService ingest;

	private final SeedsProperties properties;

	private final ApplicationEventPublisher events;

	private final ApplicationAvailability availability;

	SeedLoader(IngestService ingest, SeedsProperties properties, ApplicationEventPublisher events,
			ApplicationAvailability availability) {
		this.ingest = ingest;
		this.properties = properties;
		this.events = events;
		this.availability = availability;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.properties.loadOnStartup()) {
			// Afterwards the state goes back to what it was rather than straight to
			// accepting: at startup other runners follow, and Spring Boot declares the
			// application ready once they are done.
			ReadinessState before = this.availability.getReadinessState();
			AvailabilityChangeEvent.publish(this.events, this, ReadinessState.REFUSING_TRAFFIC);
			try {
				this.ingest.loadFolder(this.properties.location());
			}
			finally {
				AvailabilityChangeEvent.publish(this.events, this, before);
			}
		}
	}

}
