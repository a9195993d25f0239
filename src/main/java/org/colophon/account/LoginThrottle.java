package org.colophon.account;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

import org.colophon.system.SharedCounters;
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
 * The counts and locks are {@link SharedCounters} in the database, so every instance of
 * the application counts the attempts made on all of them, and a lock set by one holds on
 * all. Each count and lock ends after the lock-out period and is then deleted, so the
 * table holds only what is still counting; nothing else clears a lock. A name longer than
 * any e-mail address is never an account and is not tracked, and an address is cut to the
 * longest address text.
 */
@Component
class LoginThrottle {

	/**
	 * The longest address text kept; longer text is cut (the longest IPv6 text is 45).
	 */
	private static final int MAX_ADDRESS = 45;

	private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9A-Fa-f:][0-9A-Fa-f.]*:[0-9A-Fa-f:.]*");

	private final int maxFailuresPerAddress;

	private final int maxFailuresPerAccount;

	private final Duration lockOut;

	private final SharedCounters counters;

	private final Clock clock;

	LoginThrottle(SignInProperties properties, SharedCounters counters, Clock clock) {
		this.maxFailuresPerAddress = properties.maxFailedLogins();
		this.maxFailuresPerAccount = properties.maxFailedLoginsPerAccount();
		this.lockOut = properties.loginLockout();
		this.counters = counters;
		this.clock = clock;
	}

	/**
	 * How long the account stays locked for log-ins from this address, or
	 * {@link Duration#ZERO} when it may try now.
	 * @param username the name as typed
	 * @param address the client's address, {@code null} when unknown
	 */
	Duration lockedFor(String username, String address) {
		String account = account(username);
		if (account == null) {
			return Duration.ZERO;
		}
		Duration forAddress = this.counters.remaining(Key.of(account, network(address)).lock());
		Duration forAccount = this.counters.remaining(Key.of(account, null).lock());
		return (forAddress.compareTo(forAccount) >= 0) ? forAddress : forAccount;
	}

	@EventListener
	void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		String account = account(event.getAuthentication().getName());
		if (account == null) {
			return;
		}
		count(Key.of(account, network(addressOf(event.getAuthentication()))), this.maxFailuresPerAddress);
		count(Key.of(account, null), this.maxFailuresPerAccount);
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		String account = account(event.getAuthentication().getName());
		if (account != null) {
			this.counters.forget(Key.of(account, network(addressOf(event.getAuthentication()))).failures());
		}
	}

	private void count(Key key, int limit) {
		if (this.counters.hit(key.failures(), this.lockOut) < limit) {
			return;
		}
		this.counters.forget(key.failures());
		this.counters.holdUntil(key.lock(), this.clock.instant().plus(this.lockOut));
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
	 * account from anywhere. The network goes first with its length, so that no account
	 * name can make one key look like another.
	 */
	private record Key(String id) {

		static Key of(String account, String network) {
			return new Key((network == null) ? "*" + account : network.length() + ":" + network + ":" + account);
		}

		String failures() {
			return "login-failures:" + this.id;
		}

		String lock() {
			return "login-lock:" + this.id;
		}

	}

}
