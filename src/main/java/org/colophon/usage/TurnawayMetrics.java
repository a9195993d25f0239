package org.colophon.usage;

import java.util.Objects;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.colophon.access.AccessDecision;
import org.colophon.content.FullTextRequested;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Counts turnaways, full-text requests denied for want of access, as
 * {@code colophon.fulltext.turnaways} by format and reason: the figure a publisher's
 * sales team asks for first.
 */
@Component
class TurnawayMetrics {

	static final String TURNAWAYS = "colophon.fulltext.turnaways";

	private final MeterRegistry registry;

	TurnawayMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	/**
	 * Counts once the request's transaction has committed, at once rather than through
	 * {@link UsageLog}'s buffer: a counter costs no database write.
	 */
	@TransactionalEventListener(fallbackExecution = true)
	void on(FullTextRequested request) {
		AccessDecision decision = request.decision();
		if (decision.granted()) {
			return;
		}
		Counter.builder(TURNAWAYS)
			.description("Full-text requests turned away for want of access")
			.tag("format", request.format().name())
			.tag("reason", Objects.requireNonNullElse(decision.denialReason(), "UNKNOWN"))
			.register(this.registry)
			.increment();
	}

}
