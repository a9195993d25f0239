package org.colophon.usage;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Settings of usage recording.
 *
 * @param robotsList where the robots list is read from: the one shipped, or a copy of
 * COUNTER's own {@code COUNTER_Robots_list.json} (for instance
 * {@code file:/etc/colophon/COUNTER_Robots_list.json}), in the same format
 * @param batchSize how many buffered events {@link UsageLog} writes in one batch; a full
 * batch is written at once
 * @param flushInterval how long an event waits at most in the buffer (while the database
 * can be written): a partial batch is written when this long has passed since the last
 * write; also the pause before a failed write is tried again
 * @param bufferCapacity how many events the buffer holds; when it is full, an event is
 * written at once, in the request (back-pressure), and none is dropped
 */
@ConfigurationProperties("colophon.usage")
record UsageProperties(@DefaultValue("classpath:org/colophon/usage/" + RobotUserAgents.LIST) Resource robotsList,
		@DefaultValue("500") int batchSize, @DefaultValue("1s") Duration flushInterval,
		@DefaultValue("10000") int bufferCapacity) {

	UsageProperties {
		if (batchSize < 1) {
			throw new IllegalArgumentException("colophon.usage.batch-size must be at least 1, not " + batchSize);
		}
		if (flushInterval.isNegative() || flushInterval.isZero()) {
			throw new IllegalArgumentException(
					"colophon.usage.flush-interval must be longer than zero, not " + flushInterval);
		}
		if (bufferCapacity < batchSize) {
			throw new IllegalArgumentException("colophon.usage.buffer-capacity (" + bufferCapacity
					+ ") must hold at least one batch (colophon.usage.batch-size " + batchSize + ")");
		}
	}

}
