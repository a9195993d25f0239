package org.colophon.delivery;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import org.springframework.stereotype.Component;

/**
 * Per-reader and per-address hourly limits on delivery requests, with Bucket4j token
 * buckets.
 */
@Component
class DeliveryRateLimiter {

	private static final int MAX_BUCKETS = 100_000;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	private final int perReader;

	private final int perAddress;

	private final TimeMeter time;

	DeliveryRateLimiter(DeliveryProperties properties, Clock clock) {
		this.perReader = properties.perReaderPerHour();
		this.perAddress = properties.perAddressPerHour();
		this.time = new ClockTimeMeter(clock);
	}

	/**
	 * Takes one request from both the reader's and the address's allowance.
	 * @throws RateLimitedException when either is used up, saying when to try again
	 */
	void consume(Long readerId, String address) {
		Bucket reader = bucket("reader:" + readerId, this.perReader);
		Bucket origin = bucket("address:" + address, this.perAddress);
		ConsumptionProbe readerProbe = reader.tryConsumeAndReturnRemaining(1);
		if (!readerProbe.isConsumed()) {
			throw new RateLimitedException(Duration.ofNanos(readerProbe.getNanosToWaitForRefill()));
		}
		ConsumptionProbe originProbe = origin.tryConsumeAndReturnRemaining(1);
		if (!originProbe.isConsumed()) {
			reader.addTokens(1);
			throw new RateLimitedException(Duration.ofNanos(originProbe.getNanosToWaitForRefill()));
		}
	}

	private Bucket bucket(String key, int perHour) {
		if (this.buckets.size() >= MAX_BUCKETS) {
			this.buckets.clear();
		}
		return this.buckets.computeIfAbsent(key,
				(k) -> Bucket.builder()
					.withCustomTimePrecision(this.time)
					.addLimit(Bandwidth.builder().capacity(perHour).refillGreedy(perHour, Duration.ofHours(1)).build())
					.build());
	}

	/**
	 * Bucket4j's time read from the application clock (at Bucket4j's default millisecond
	 * precision), so that refills follow the clock tests set.
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
