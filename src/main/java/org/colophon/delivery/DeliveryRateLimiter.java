package org.colophon.delivery;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
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

	DeliveryRateLimiter(DeliveryProperties properties) {
		this.perReader = properties.perReaderPerHour();
		this.perAddress = properties.perAddressPerHour();
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
					.addLimit(Bandwidth.builder().capacity(perHour).refillGreedy(perHour, Duration.ofHours(1)).build())
					.build());
	}

}
