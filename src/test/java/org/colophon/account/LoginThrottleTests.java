package org.colophon.account;

import java.time.Duration;
import java.time.Instant;

import org.colophon.SettableClock;
import org.colophon.SharedCountersDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The log-in throttle on the shared counters of a real (H2) database, with time moved by
 * a settable clock instead of waited for.
 */
class LoginThrottleTests {

	private static final Duration LOCK_OUT = Duration.ofMinutes(15);

	private static final String OWNER = "192.0.2.10";

	private static final String ATTACKER = "198.51.100.66";

	private static final BadCredentialsException BAD_CREDENTIALS = new BadCredentialsException("Bad credentials");

	private final SettableClock clock = new SettableClock(Instant.parse("2026-03-01T09:00:00Z"));

	private final SharedCountersDatabase database = SharedCountersDatabase.start(this.clock);

	private final LoginThrottle throttle = throttle(5);

	@Test
	void locksAnAccountOnlyForTheAddressThatFailed() {
		failTimes(5, "owner@colophon.test", ATTACKER);

		assertThat(this.throttle.lockedFor("Owner@Colophon.test", ATTACKER)).isEqualTo(LOCK_OUT);
		assertThat(this.throttle.lockedFor("owner@colophon.test", OWNER)).isZero();
	}

	@Test
	void fewerFailuresThanTheLimitLockNothing() {
		failTimes(4, "owner@colophon.test", ATTACKER);

		assertThat(this.throttle.lockedFor("owner@colophon.test", ATTACKER)).isZero();
	}

	@Test
	void locksAnAccountForEveryAddressAfterTheMuchHigherLimitForTheAccount() {
		for (int i = 0; i < 20; i++) {
			fail("owner@colophon.test", "203.0.113." + i);
		}

		assertThat(this.throttle.lockedFor("owner@colophon.test", OWNER)).isEqualTo(LOCK_OUT);
		assertThat(this.throttle.lockedFor("other@colophon.test", OWNER)).isZero();
	}

	@Test
	void countsAnIpv6SlashSixtyFourAsOneAddress() {
		for (int i = 1; i <= 5; i++) {
			fail("owner@colophon.test", "2001:db8:0:7::" + i);
		}

		assertThat(this.throttle.lockedFor("owner@colophon.test", "2001:0db8:0000:0007:ffff::9")).isEqualTo(LOCK_OUT);
		assertThat(this.throttle.lockedFor("owner@colophon.test", "2001:db8:0:8::1")).isZero();
	}

	@Test
	void unlocksWhenTheLockOutHasPassedAndForgetsFailuresOlderThanIt() {
		failTimes(5, "owner@colophon.test", ATTACKER);
		this.clock.advance(LOCK_OUT.minusMinutes(1));
		assertThat(this.throttle.lockedFor("owner@colophon.test", ATTACKER)).isEqualTo(Duration.ofMinutes(1));

		this.clock.advance(Duration.ofMinutes(1));
		assertThat(this.throttle.lockedFor("owner@colophon.test", ATTACKER)).isZero();

		failTimes(4, "owner@colophon.test", ATTACKER);
		this.clock.advance(LOCK_OUT);
		fail("owner@colophon.test", ATTACKER);
		assertThat(this.throttle.lockedFor("owner@colophon.test", ATTACKER)).isZero();
	}

	@Test
	void aLogInForgetsTheFailuresFromItsAddress() {
		failTimes(4, "owner@colophon.test", OWNER);
		succeed("owner@colophon.test", OWNER);
		failTimes(4, "owner@colophon.test", OWNER);

		assertThat(this.throttle.lockedFor("owner@colophon.test", OWNER)).isZero();
	}

	@Test
	void countsTheFailuresOfEveryInstanceOnTheSameDatabase() {
		LoginThrottle other = throttle(5);
		failTimes(3, "owner@colophon.test", ATTACKER);
		fail(other, "owner@colophon.test", ATTACKER);
		assertThat(other.lockedFor("owner@colophon.test", ATTACKER)).isZero();

		fail(other, "Owner@colophon.test", ATTACKER);

		assertThat(this.throttle.lockedFor("owner@colophon.test", ATTACKER)).isEqualTo(LOCK_OUT);
		assertThat(other.lockedFor("owner@colophon.test", ATTACKER)).isEqualTo(LOCK_OUT);
	}

	@Test
	void theCleanUpDeletesWhatHasEndedAndKeepsTheLocksStillHolding() {
		failTimes(5, "owner@colophon.test", ATTACKER);
		this.clock.advance(LOCK_OUT.dividedBy(2));
		for (int i = 0; i < 100; i++) {
			fail("name-" + i + "@colophon.test", "203.0.113." + i);
		}
		this.clock.advance(LOCK_OUT.dividedBy(2));
		assertThat(this.database.counters().cleanUp()).as("the first lock and its account count").isEqualTo(2);
		assertThat(this.throttle.lockedFor("owner@colophon.test", ATTACKER)).isZero();

		failTimes(5, "owner@colophon.test", ATTACKER);
		this.clock.advance(LOCK_OUT.dividedBy(2));
		assertThat(this.database.counters().cleanUp()).as("the hundred names' counts").isEqualTo(200);

		assertThat(this.throttle.lockedFor("owner@colophon.test", ATTACKER)).isEqualTo(LOCK_OUT.dividedBy(2));
		this.clock.advance(LOCK_OUT.dividedBy(2));
		this.database.counters().cleanUp();
		assertThat(this.database.rows()).isZero();
	}

	@Test
	void aLockedAccountStaysLockedHoweverManyOtherNamesFail() {
		failTimes(5, "owner@colophon.test", ATTACKER);
		for (int i = 0; i < 2_000; i++) {
			fail("name-" + i + "@colophon.test", "203.0.113." + (i % 250));
		}
		this.database.counters().cleanUp();

		assertThat(this.throttle.lockedFor("owner@colophon.test", ATTACKER)).isEqualTo(LOCK_OUT);
	}

	@Test
	void neverStoresANameTooLongToBeAnEmailAddress() {
		String huge = "x".repeat(10 * 1024 * 1024);
		failTimes(5, huge, ATTACKER);

		assertThat(this.database.rows()).isZero();
		assertThat(this.throttle.lockedFor(huge, ATTACKER)).isZero();
	}

	private LoginThrottle throttle(int maxFailedLogins) {
		return new LoginThrottle(new SignInProperties(maxFailedLogins, LOCK_OUT, 20), this.database.counters(),
				this.clock);
	}

	private void failTimes(int times, String username, String address) {
		for (int i = 0; i < times; i++) {
			fail(username, address);
		}
	}

	private void fail(String username, String address) {
		fail(this.throttle, username, address);
	}

	private static void fail(LoginThrottle throttle, String username, String address) {
		throttle.onFailure(new AuthenticationFailureBadCredentialsEvent(attempt(username, address), BAD_CREDENTIALS));
	}

	private void succeed(String username, String address) {
		this.throttle.onSuccess(new AuthenticationSuccessEvent(attempt(username, address)));
	}

	private static UsernamePasswordAuthenticationToken attempt(String username, String address) {
		UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(username,
				"a guess");
		attempt.setDetails(new WebAuthenticationDetails(address, null));
		return attempt;
	}

}
