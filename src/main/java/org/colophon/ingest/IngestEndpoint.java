package org.colophon.ingest;

import java.util.List;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.stereotype.Component;

/**
 * Publishes the last ingest run's report per file at {@code /actuator/ingest}, to admins
 * only (see {@link IngestSecurityRules}).
 */
@Component
@Endpoint(id = "ingest")
class IngestEndpoint {

	private final IngestService ingest;

	IngestEndpoint(IngestService ingest) {
		this.ingest = ingest;
	}

	@ReadOperation
	List<IngestReport> report() {
		return this.ingest.lastRun();
	}

}
