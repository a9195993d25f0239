package org.colophon.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after too many failed log-ins for one account within the
 * lock-out window, further attempts are refused until the oldest failure leaves the
 * window.
 */
@Component
class LoginThrottle {

	private static final int MAX_TRACKED_ACCOUNTS = 100_000;

	private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

	private final int maxFailures;

	private final Duration window;

	private final Clock clock;

	LoginThrottle(SignInProperties properties, Clock clock) {
		this.maxFailures = properties.maxFailedLogins();
		this.window = properties.loginLockout();
		this.clock = clock;
	}

	/**
	 * How long the account stays locked, or {@link Duration#ZERO} when it may try now.
	 */
	public Duration lockedFor(String username) {
		Deque<Instant> recent = this.failures.get(key(username));
		if (recent == null) {
			return Duration.ZERO;
		}
		synchronized (recent) {
			Instant now = this.clock.instant();
			forgetOld(recent, now);
			if (recent.size() < this.maxFailures) {
				return Duration.ZERO;
			}
			return Duration.between(now, recent.peekFirst().plus(this.window));
		}
	}

	@EventListener
	void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		if (this.failures.size() >= MAX_TRACKED_ACCOUNTS) {
			this.failures.clear();
		}
		Deque<Instant> recent = this.failures.computeIfAbsent(key(event.getAuthentication().getName()),
				(name) -> new ArrayDeque<>());
		synchronized (recent) {
			Instant now = this.clock.instant();
			forgetOld(recent, now);
			recent.addLast(now);
		}
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		this.failures.remove(key(event.getAuthentication().getName()));
	}

	private void forgetOld(Deque<Instant> recent, Instant now) {
		while (!recent.isEmpty() && !recent.peekFirst().plus(this.window).isAfter(now)) {
			recent.removeFirst();
		}
	}

	private static String key(String username) {
		return (username == null) ? "" : username.strip().toLowerCase(Locale.ROOT);
	}

}
