package org.colophon.imports;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Counts what imports did since the instance started: {@code colophon.import.files} by
 * whether a file was imported or refused, and {@code colophon.import.records} by outcome
 * (created, updated, unchanged, failed), so a dashboard shows a publisher's feed that
 * suddenly fails or stops changing anything.
 */
@Component
class ImportMetrics {

	private final MeterRegistry registry;

	ImportMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	void record(ImportReport report) {
		file(report.status()).increment();
		records("created").increment(report.created());
		records("updated").increment(report.updated());
		records("unchanged").increment(report.unchanged());
		records("failed").increment(report.failed());
	}

	private Counter file(ImportReport.Status status) {
		return Counter.builder("colophon.import.files")
			.description("Files imported or refused, by outcome")
			.tag("status", status.name())
			.register(this.registry);
	}

	private Counter records(String outcome) {
		return Counter.builder("colophon.import.records")
			.description("Records (books and chapters) imported, by outcome")
			.tag("outcome", outcome)
			.register(this.registry);
	}

}
