package org.colophon.ingest;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the seed captures when the application starts, unless switched off.
 */
@Component
@Order(0)
class SeedLoader implements ApplicationRunner {

	private final IngestService ingest;

	private final SeedsProperties properties;

	SeedLoader(IngestService ingest, SeedsProperties properties) {
		this.ingest = ingest;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.properties.loadOnStartup()) {
			this.ingest.loadFolder(this.properties.location());
		}
	}

}
