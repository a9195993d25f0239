package org.colophon.account;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without handing anyone a way to lock others out: too many
 * failed log-ins for one account from one address (an IPv6 /64 counts as one) lock that
 * account for that address only; a much higher number from anywhere locks the account for
 * everyone. Either lock lasts the lock-out period.
 * <p>
 * Memory is bounded: at most {@link #CAPACITY} failure counts, the stalest forgotten
 * first, and as many locks, which outlive any flood of other names (only when more
 * accounts than that were locked within one lock-out period does the lock that would end
 * soonest go first). A name longer than any e-mail address is never an account and is not
 * tracked.
 */
@Component
class LoginThrottle {

	/** How many failure counts, and how many locks, are kept at most. */
	static final int CAPACITY = 10_000;

	/**
	 * The longest address text kept; longer text is cut (the longest IPv6 text is 45).
	 */
	private static final int MAX_ADDRESS = 45;

	private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9A-Fa-f:][0-9A-Fa-f.]*:[0-9A-Fa-f:.]*");

	private final int maxFailuresPerAddress;

	private final int maxFailuresPerAccount;

	private final Duration lockOut;

	private final Clock clock;

	private final int capacity;

	/** Failures since a time, by account and address; guarded by {@code this}. */
	private final LinkedHashMap<Key, Count> counts;

	/** When each lock ends, in the order they were set; guarded by {@code this}. */
	private final LinkedHashMap<Key, Instant> locks = new LinkedHashMap<>();

	@Autowired
	LoginThrottle(SignInProperties properties, Clock clock) {
		this(properties, clock, CAPACITY);
	}

	LoginThrottle(SignInProperties properties, Clock clock, int capacity) {
		this.maxFailuresPerAddress = properties.maxFailedLogins();
		this.maxFailuresPerAccount = properties.maxFailedLoginsPerAccount();
		this.lockOut = properties.loginLockout();
		this.clock = clock;
		this.capacity = capacity;
		// In access order, so the eldest is the count used least recently.
		this.counts = new LinkedHashMap<>(16, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<Key, Count> eldest) {
				return size() > LoginThrottle.this.capacity;
			}

		};
	}

	/**
	 * How long the account stays locked for log-ins from this address, or
	 * {@link Duration#ZERO} when it may try now.
	 * @param username the name as typed
	 * @param address the client's address, {@code null} when unknown
	 */
	synchronized Duration lockedFor(String username, String address) {
		String account = account(username);
		if (account == null) {
			return Duration.ZERO;
		}
		Instant now = this.clock.instant();
		Duration forAddress = remaining(new Key(account, network(address)), now);
		Duration forAccount = remaining(new Key(account, null), now);
		return (forAddress.compareTo(forAccount) >= 0) ? forAddress : forAccount;
	}

	@EventListener
	synchronized void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		String account = account(event.getAuthentication().getName());
		if (account == null) {
			return;
		}
		Instant now = this.clock.instant();
		count(new Key(account, network(addressOf(event.getAuthentication()))), this.maxFailuresPerAddress, now);
		count(new Key(account, null), this.maxFailuresPerAccount, now);
	}

	@EventListener
	synchronized void onSuccess(AuthenticationSuccessEvent event) {
		String account = account(event.getAuthentication().getName());
		if (account != null) {
			this.counts.remove(new Key(account, network(addressOf(event.getAuthentication()))));
		}
	}

	/**
	 * How many counts and locks are kept.
	 */
	synchronized int tracked() {
		return this.counts.size() + this.locks.size();
	}

	private void count(Key key, int limit, Instant now) {
		Count count = this.counts.get(key);
		count = (count == null || !count.since().plus(this.lockOut).isAfter(now)) ? new Count(now, 1)
				: new Count(count.since(), count.failures() + 1);
		if (count.failures() < limit) {
			this.counts.put(key, count);
			return;
		}
		this.counts.remove(key);
		lock(key, now);
	}

	private void lock(Key key, Instant now) {
		this.locks.remove(key);
		this.locks.put(key, now.plus(this.lockOut));
		// Every lock lasts as long, so the eldest ends first.
		Iterator<Instant> ends = this.locks.values().iterator();
		while (ends.hasNext()) {
			Instant end = ends.next();
			if (end.isAfter(now) && this.locks.size() <= this.capacity) {
				break;
			}
			ends.remove();
		}
	}

	private Duration remaining(Key key, Instant now) {
		Instant end = this.locks.get(key);
		if (end == null) {
			return Duration.ZERO;
		}
		if (!end.isAfter(now)) {
			this.locks.remove(key);
			return Duration.ZERO;
		}
		return Duration.between(now, end);
	}

	/**
	 * The account a name would sign in to, or {@code null} when no account could have it.
	 */
	private static String account(String username) {
		if (username == null || username.length() > Reader.MAX_EMAIL) {
			return null;
		}
		String account = username.strip().toLowerCase(Locale.ROOT);
		return account.isEmpty() ? null : account;
	}

	/**
	 * The client address a log-in attempt came from, {@code null} when unknown.
	 */
	static String addressOf(Authentication attempt) {
		return (attempt.getDetails() instanceof WebAuthenticationDetails details) ? details.getRemoteAddress() : null;
	}

	/**
	 * The network an address stands for: an IPv6 address's /64, which one subscriber
	 * usually holds whole, otherwise the address itself.
	 */
	static String network(String address) {
		if (address == null) {
			return "";
		}
		// Only text that starts with a hex digit or a colon and has a colon is parsed:
		// Java takes such text as an IPv6 literal or refuses it, and never looks it up.
		if (IPV6_LITERAL.matcher(address).matches()) {
			try {
				byte[] bytes = InetAddress.getByName(address).getAddress();
				return (bytes.length == 16) ? HexFormat.of().formatHex(bytes, 0, 8) + "/64"
						: InetAddress.getByAddress(bytes).getHostAddress();
			}
			catch (UnknownHostException ex) {
				// Not an address after all: kept as text, like any other.
			}
		}
		return (address.length() <= MAX_ADDRESS) ? address : address.substring(0, MAX_ADDRESS);
	}

	/**
	 * Whose failures are counted: one account from one network, or, with no network, one
	 * account from anywhere.
	 */
	private record Key(String account, String network) {
	}

	private record Count(Instant since, int failures) {
	}

}
