package org.colophon.delivery;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;

import org.colophon.SettableClock;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Hourly delivery allowances per reader and per address (an IPv6 client by its /64), in a
 * bounded table that forgets the allowance unused for longest, with time moved by a
 * settable clock instead of waited for.
 */
class DeliveryRateLimiterTests {

	private static final int PER_READER = 3;

	private static final int PER_ADDRESS = 5;

	private final SettableClock clock = new SettableClock(Instant.parse("2026-11-27T10:00:00Z"));

	private final DeliveryRateLimiter limiter = new DeliveryRateLimiter(properties(PER_READER, PER_ADDRESS),
			this.clock);

	@Test
	void allowsAReaderTheirHourlyAllowance() {
		for (int i = 0; i < PER_READER; i++) {
			assertThatNoException().isThrownBy(() -> consume(1L, "192.0.2.1"));
		}
	}

	@Test
	void refusesAReaderBeyondTheirAllowanceFromAnyAddress() {
		for (int i = 0; i < PER_READER; i++) {
			consume(1L, "192.0.2." + i);
		}

		assertThat(refusal(1L, "192.0.2.99")).isNotNull();
	}

	@Test
	void readersHaveAllowancesOfTheirOwn() {
		for (int i = 0; i < PER_READER; i++) {
			consume(1L, "192.0.2." + i);
		}

		assertThatNoException().isThrownBy(() -> consume(2L, "192.0.2.50"));
	}

	@Test
	void refusesAnAddressBeyondItsAllowanceWhoeverAsks() {
		for (long reader = 1; reader <= PER_ADDRESS; reader++) {
			consume(reader, "192.0.2.1");
		}

		assertThat(refusal(99L, "192.0.2.1")).isNotNull();
		assertThatNoException().isThrownBy(() -> consume(99L, "192.0.2.2"));
	}

	@Test
	void refusalByTheAddressDoesNotSpendTheReadersAllowance() {
		for (long reader = 1; reader <= PER_ADDRESS; reader++) {
			consume(reader, "192.0.2.1");
		}
		for (int i = 0; i < PER_READER; i++) {
			assertThat(refusal(99L, "192.0.2.1")).isNotNull();
		}

		for (int i = 0; i < PER_READER; i++) {
			assertThatNoException().isThrownBy(() -> consume(99L, "198.51.100.7"));
		}
	}

	@Test
	void refusalSaysWhenTheNextRequestIsAllowed() {
		exhaustReader(1L);

		RateLimitedException refused = refusal(1L, "192.0.2.1");

		assertThat(refused.retryAfter()).isEqualTo(Duration.ofHours(1).dividedBy(PER_READER));
		assertThat(refused).hasMessageContaining("1200 seconds");
	}

	@Test
	void retryAfterShrinksAsTimePasses() {
		exhaustReader(1L);
		this.clock.advance(Duration.ofMinutes(15));

		assertThat(refusal(1L, "192.0.2.1").retryAfter()).isEqualTo(Duration.ofMinutes(5));
	}

	@Test
	void allowsOneMoreRequestOnceTheRetryAfterHasPassed() {
		exhaustReader(1L);
		Duration retryAfter = refusal(1L, "192.0.2.1").retryAfter();

		this.clock.advance(retryAfter);

		assertThatNoException().isThrownBy(() -> consume(1L, "192.0.2.1"));
		assertThat(refusal(1L, "192.0.2.1")).isNotNull();
	}

	@Test
	void refillsTheWholeAllowanceAfterAnHourButNoMore() {
		exhaustReader(1L);

		this.clock.advance(Duration.ofHours(5));

		for (int i = 0; i < PER_READER; i++) {
			assertThatNoException().isThrownBy(() -> consume(1L, "192.0.2.1"));
		}
		assertThat(refusal(1L, "192.0.2.1")).isNotNull();
	}

	@Test
	void refillsTheAddressAllowanceAsTimePasses() {
		for (long reader = 1; reader <= PER_ADDRESS; reader++) {
			consume(reader, "192.0.2.1");
		}
		Duration retryAfter = refusal(99L, "192.0.2.1").retryAfter();
		assertThat(retryAfter).isEqualTo(Duration.ofHours(1).dividedBy(PER_ADDRESS));

		this.clock.advance(retryAfter);

		assertThatNoException().isThrownBy(() -> consume(99L, "192.0.2.1"));
	}

	@Test
	void addressesInOneIpv6Slash64ShareAnAllowance() {
		for (long reader = 1; reader <= PER_ADDRESS; reader++) {
			consume(reader, "2001:db8:1:2::" + reader);
		}

		assertThat(refusal(99L, "2001:db8:1:2:ffff:ffff:ffff:fffe")).isNotNull();
		assertThatNoException().isThrownBy(() -> consume(99L, "2001:db8:1:3::1"));
	}

	@Test
	void aFloodOfNewAddressesDoesNotResetTheLimitOfAReaderStillAsking() {
		exhaustReader(1L);

		for (int i = 0; i < 60_000; i++) {
			consume(1000L + i, "10." + (i >> 16) + "." + ((i >> 8) & 0xff) + "." + (i & 0xff));
			if (i % 1000 == 0) {
				assertThat(refusal(1L, "192.0.2.1")).as("after %d other readers", i).isNotNull();
			}
		}

		assertThat(refusal(1L, "192.0.2.1")).isNotNull();
	}

	@Test
	void forgetsTheAllowanceUnusedForLongestWhenTheTableIsFull() {
		DeliveryRateLimiter small = new DeliveryRateLimiter(properties(PER_READER, PER_ADDRESS), this.clock, 4);
		for (int i = 0; i < PER_READER; i++) {
			small.consume(1L, address("192.0.2.1"));
		}
		small.consume(2L, address("192.0.2.2"));
		assertThat(catchThrowableOfType(RateLimitedException.class, () -> small.consume(1L, address("192.0.2.1"))))
			.isNotNull();

		small.consume(3L, address("192.0.2.3"));
		small.consume(4L, address("192.0.2.4"));
		small.consume(5L, address("192.0.2.5"));

		assertThatNoException().isThrownBy(() -> small.consume(1L, address("192.0.2.1")));
	}

	@Test
	void anIpv4MappedAddressIsCountedAsItsIpv4Address() {
		for (long reader = 1; reader <= PER_ADDRESS; reader++) {
			consume(reader, "192.0.2.1");
		}

		assertThat(refusal(99L, "::ffff:192.0.2.1")).isNotNull();
	}

	private void exhaustReader(Long readerId) {
		for (int i = 0; i < PER_READER; i++) {
			consume(readerId, "192.0.2.1");
		}
	}

	private RateLimitedException refusal(Long readerId, String address) {
		return catchThrowableOfType(RateLimitedException.class, () -> this.limiter.consume(readerId, address(address)));
	}

	private void consume(Long readerId, String address) {
		this.limiter.consume(readerId, address(address));
	}

	private static InetAddress address(String literal) {
		try {
			return InetAddress.getByName(literal);
		}
		catch (UnknownHostException ex) {
			throw new IllegalArgumentException(literal, ex);
		}
	}

	private static DeliveryProperties properties(int perReader, int perAddress) {
		return new DeliveryProperties("kindle@colophon.example", DataSize.ofMegabytes(50), Duration.ofSeconds(30), 6,
				Duration.ofSeconds(1), perReader, perAddress, Duration.ofHours(24), null, null, null);
	}

	/**
	 * A clock that stands still until a test moves it.
	 */

}
