package org.colophon;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock in UTC that stands still until a test moves it, so that time-based rules
 * (refills, lockouts, rate windows) are tested without sleeping.
 */
public final class SettableClock extends Clock {

	private Instant now;

	public SettableClock(Instant now) {
		this.now = now;
	}

	/**
	 * Moves the clock forward.
	 */
	public void advance(Duration duration) {
		this.now = this.now.plus(duration);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

	@Override
	public Instant instant() {
		return this.now;
	}

}
