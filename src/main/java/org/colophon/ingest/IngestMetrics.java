package org.colophon.ingest;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.colophon.ingest.IngestReport.Status;
import org.springframework.stereotype.Component;

/**
 * Publishes the last ingest run as {@code colophon.ingest.files}, one gauge per outcome,
 * so that a failed or skipped seed file shows on a dashboard and not only in the log, and
 * {@code colophon.ingest.files.unread}, the files known unchanged without reading them.
 */
@Component
class IngestMetrics implements MeterBinder {

	private final IngestService ingest;

	IngestMetrics(IngestService ingest) {
		this.ingest = ingest;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (Status status : Status.values()) {
			Gauge.builder("colophon.ingest.files", this.ingest, (ingest) -> count(ingest, status))
				.description("Capture files in the last ingest run, by outcome")
				.tag("status", status.name())
				.register(registry);
		}
		Gauge.builder("colophon.ingest.files.unread", this.ingest, IngestMetrics::unread)
			.description(
					"Capture files in the last ingest run taken as unchanged by size and time, without reading them")
			.register(registry);
	}

	private static long unread(IngestService ingest) {
		return ingest.lastRun().stream().filter((report) -> !report.read()).count();
	}

	private static long count(IngestService ingest, Status status) {
		return ingest.lastRun().stream().filter((report) -> report.status() == status).count();
	}

}
