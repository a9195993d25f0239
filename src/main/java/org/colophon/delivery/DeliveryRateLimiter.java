package org.colophon.delivery;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Per-reader and per-address hourly limits on delivery requests, with Bucket4j token
 * buckets. An IPv6 client is counted by its /64, an IPv4 client by its address; the
 * number of buckets is bounded, and when it is reached the bucket unused for longest is
 * forgotten.
 */
@Component
class DeliveryRateLimiter {

	/** Enough for every reader and address active within the hour on a busy site. */
	private static final int MAX_BUCKETS = 100_000;

	private static final int IPV6_NETWORK_BYTES = 8;

	private final Map<String, Bucket> buckets;

	private final int perReader;

	private final int perAddress;

	private final TimeMeter time;

	@Autowired
	DeliveryRateLimiter(DeliveryProperties properties, Clock clock) {
		this(properties, clock, MAX_BUCKETS);
	}

	DeliveryRateLimiter(DeliveryProperties properties, Clock clock, int maxBuckets) {
		this.perReader = properties.perReaderPerHour();
		this.perAddress = properties.perAddressPerHour();
		this.time = new ClockTimeMeter(clock);
		// In access order, so that the eldest entry is the one unused for longest: a
		// bucket still in use, such as that of a reader who keeps asking, is never the
		// one forgotten, however many new addresses arrive.
		this.buckets = new LinkedHashMap<>(16, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
				return size() > maxBuckets;
			}

		};
	}

	/**
	 * Takes one request from both the reader's and the address's allowance.
	 * @throws RateLimitedException when either is used up, saying when to try again
	 */
	void consume(Long readerId, InetAddress address) {
		Bucket reader = bucket("reader:" + readerId, this.perReader);
		ConsumptionProbe readerProbe = reader.tryConsumeAndReturnRemaining(1);
		if (!readerProbe.isConsumed()) {
			throw new RateLimitedException(Duration.ofNanos(readerProbe.getNanosToWaitForRefill()));
		}
		Bucket origin = bucket("address:" + origin(address), this.perAddress);
		ConsumptionProbe originProbe = origin.tryConsumeAndReturnRemaining(1);
		if (!originProbe.isConsumed()) {
			reader.addTokens(1);
			throw new RateLimitedException(Duration.ofNanos(originProbe.getNanosToWaitForRefill()));
		}
	}

	/**
	 * The network a request comes from: an IPv6 subscriber is given a whole /64 and can
	 * pick any address in it (privacy addresses change by themselves), so only the /64
	 * tells one client from another; an IPv4 address is the client's own. Java already
	 * reads an IPv4-mapped IPv6 address as the IPv4 address.
	 */
	private static String origin(InetAddress address) {
		if (address instanceof Inet6Address) {
			return HexFormat.of().formatHex(address.getAddress(), 0, IPV6_NETWORK_BYTES) + "/64";
		}
		return address.getHostAddress();
	}

	private Bucket bucket(String key, int perHour) {
		synchronized (this.buckets) {
			return this.buckets.computeIfAbsent(key, (k) -> Bucket.builder()
				.withCustomTimePrecision(this.time)
				.addLimit(Bandwidth.builder().capacity(perHour).refillGreedy(perHour, Duration.ofHours(1)).build())
				.build());
		}
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
