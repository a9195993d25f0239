package org.colophon.usage;

import java.time.Instant;
import java.util.List;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.colophon.access.AccessBasis;
import org.colophon.access.AccessDecision;
import org.colophon.content.ContentFormat;
import org.colophon.content.FullTextRequested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Only full-text requests turned away count as turnaways, by format and reason.
 */
class TurnawayMetricsTests {

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final TurnawayMetrics metrics = new TurnawayMetrics(this.registry);

	@Test
	void countsADeniedRequestByFormatAndReason() {
		this.metrics.on(request(ContentFormat.PDF,
				new AccessDecision(false, AccessBasis.NONE, null, null, null, AccessDecision.NO_LICENCE, List.of())));
		this.metrics.on(request(ContentFormat.PDF,
				new AccessDecision(false, AccessBasis.NONE, null, null, null, AccessDecision.NO_LICENCE, List.of())));

		assertThat(this.registry.get(TurnawayMetrics.TURNAWAYS)
			.tag("format", "PDF")
			.tag("reason", AccessDecision.NO_LICENCE)
			.counter()
			.count()).isEqualTo(2);
	}

	@Test
	void doesNotCountAGrantedRequest() {
		this.metrics.on(request(ContentFormat.HTML,
				new AccessDecision(true, AccessBasis.INSTITUTION, "Ridgeway University", 1L, null, null, List.of())));

		assertThat(this.registry.find(TurnawayMetrics.TURNAWAYS).counters()).isEmpty();
	}

	private static FullTextRequested request(ContentFormat format, AccessDecision decision) {
		return new FullTextRequested(Instant.EPOCH, "c1", "b1", format, null, "session", decision, null, null);
	}

}
