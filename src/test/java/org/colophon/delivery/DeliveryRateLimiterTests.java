package org.colophon.delivery;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;

import org.colophon.SettableClock;
import org.colophon.SharedCountersDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Hourly delivery allowances per reader and per address (an IPv6 client by its /64), kept
 * in the shared buckets of a real (H2) database whose clean-up deletes only the full
 * ones, with time moved by a settable clock instead of waited for.
 */
class DeliveryRateLimiterTests {

	private static final int PER_READER = 3;

	private static final int PER_ADDRESS = 5;

	private final SettableClock clock = new SettableClock(Instant.parse("2026-11-27T10:00:00Z"));

	private final SharedCountersDatabase database = SharedCountersDatabase.start(this.clock);

	private final DeliveryRateLimiter limiter = limiter();

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

		for (int i = 0; i < 1_000; i++) {
			consume(1000L + i, "10.0." + (i >> 8) + "." + (i & 0xff));
		}
		this.database.counters().cleanUp();

		assertThat(refusal(1L, "192.0.2.1")).isNotNull();
	}

	@Test
	void everyInstanceOnTheSameDatabaseSpendsTheSameAllowance() {
		DeliveryRateLimiter other = limiter();
		consume(1L, "192.0.2.1");
		other.consume(1L, address("192.0.2.2"));
		consume(1L, "192.0.2.3");

		assertThat(catchThrowableOfType(RateLimitedException.class, () -> other.consume(1L, address("192.0.2.4"))))
			.isNotNull();
	}

	@Test
	void theCleanUpDeletesOnlyTheAllowancesFullAgain() {
		exhaustReader(1L);
		this.clock.advance(Duration.ofMinutes(30));
		exhaustReader(2L, "198.51.100.7");
		this.clock.advance(Duration.ofMinutes(40));

		assertThat(this.database.counters().cleanUp()).as("reader 1 and both addresses, each refilled").isEqualTo(3);
		assertThat(this.database.rows()).isEqualTo(1);
		consume(2L, "198.51.100.7");
		consume(2L, "198.51.100.7");
		assertThat(refusal(2L, "198.51.100.7")).as("reader 2 has had 40 minutes' refill only").isNotNull();

		this.clock.advance(Duration.ofMinutes(61));
		this.database.counters().cleanUp();
		assertThat(this.database.rows()).isZero();
	}

	@Test
	void anIpv4MappedAddressIsCountedAsItsIpv4Address() {
		for (long reader = 1; reader <= PER_ADDRESS; reader++) {
			consume(reader, "192.0.2.1");
		}

		assertThat(refusal(99L, "::ffff:192.0.2.1")).isNotNull();
	}

	private DeliveryRateLimiter limiter() {
		return new DeliveryRateLimiter(properties(PER_READER, PER_ADDRESS), this.database.counters());
	}

	private void exhaustReader(Long readerId) {
		exhaustReader(readerId, "192.0.2.1");
	}

	private void exhaustReader(Long readerId, String address) {
		for (int i = 0; i < PER_READER; i++) {
			consume(readerId, address);
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

}
