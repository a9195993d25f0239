package org.colophon.delivery;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.time.Duration;
import java.util.HexFormat;

import org.colophon.system.SharedCounters;
import org.springframework.stereotype.Component;

/**
 * Per-reader and per-address hourly limits on delivery requests, as token buckets that
 * refill steadily over the hour. An IPv6 client is counted by its /64, an IPv4 client by
 * its address. The buckets are {@link SharedCounters} in the database, so a reader's
 * allowance is the same on every instance of the application; a bucket is deleted once it
 * is full again, so only the readers and addresses that asked within the hour take room.
 */
@Component
class DeliveryRateLimiter {

	private static final Duration PERIOD = Duration.ofHours(1);

	private static final int IPV6_NETWORK_BYTES = 8;

	private final SharedCounters buckets;

	private final int perReader;

	private final int perAddress;

	DeliveryRateLimiter(DeliveryProperties properties, SharedCounters buckets) {
		this.perReader = properties.perReaderPerHour();
		this.perAddress = properties.perAddressPerHour();
		this.buckets = buckets;
	}

	/**
	 * Takes one request from both the reader's and the address's allowance.
	 * @throws RateLimitedException when either is used up, saying when to try again
	 */
	void consume(Long readerId, InetAddress address) {
		String reader = "delivery-reader:" + readerId;
		Duration readerWait = this.buckets.take(reader, this.perReader, PERIOD);
		if (!readerWait.isZero()) {
			throw new RateLimitedException(readerWait);
		}
		Duration originWait = this.buckets.take("delivery-address:" + origin(address), this.perAddress, PERIOD);
		if (!originWait.isZero()) {
			this.buckets.giveBack(reader, this.perReader, PERIOD);
			throw new RateLimitedException(originWait);
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

}
