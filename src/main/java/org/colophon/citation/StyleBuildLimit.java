package org.colophon.citation;

import java.time.Clock;
import java.time.Duration;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import org.springframework.stereotype.Component;

/**
 * How many citation engines for uncommon styles may be built per minute, site-wide. Each
 * build parses a style and locale (tens to hundreds of milliseconds), so one client
 * rotating through the ten thousand shipped styles would otherwise keep a core busy; one
 * allowance for everyone cannot be escaped by changing address, and the featured styles,
 * which every chapter page shows, are never charged.
 */
@Component
class StyleBuildLimit {

	private final Bucket builds;

	StyleBuildLimit(CitationProperties properties, Clock clock) {
		int perMinute = properties.styleBuildsPerMinute();
		this.builds = Bucket.builder()
			.withCustomTimePrecision(new ClockTimeMeter(clock))
			.addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
			.build();
	}

	/**
	 * Takes one build from the allowance.
	 * @throws TooManyStylesException when it is used up, saying when to try again
	 */
	void acquire() {
		ConsumptionProbe probe = this.builds.tryConsumeAndReturnRemaining(1);
		if (!probe.isConsumed()) {
			throw new TooManyStylesException(Duration.ofNanos(probe.getNanosToWaitForRefill()));
		}
	}

	/**
	 * Bucket4j's time read from the application clock, so that refills follow the clock
	 * tests set.
	 */
	private record ClockTimeMeter(Clock clock) implements TimeMeter {

		@Override
		public long currentTimeNanos() {
			return this.clock.millis() * 1_000_000L;
		}

		@Override
		public boolean isWallClockBased() {
			return true;
		}

	}

}
