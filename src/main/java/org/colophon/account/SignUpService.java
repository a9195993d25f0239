package org.colophon.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.mail.MailException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sign-up with a confirmed address: a sign-up only sends a link to the address, and the
 * account is created, with the password chosen in that sign-up, when the link is
 * followed.
 * <p>
 * The page never tells whether an address has an account: an address that has one gets a
 * mail saying so instead of a link. An address gets at most a few mails a day however
 * often it is signed up with, and a sign-up whose mail cannot be sent leaves nothing
 * behind.
 */
@Service
public class SignUpService {

	private static final int TOKEN_BYTES = 32;

	private final SecureRandom random = new SecureRandom();

	private final SignUpRequestRepository requests;

	private final ReaderRepository readers;

	private final PasswordEncoder passwordEncoder;

	private final SignUpMail mail;

	private final SignUpProperties properties;

	private final TransactionTemplate transactions;

	private final Clock clock;

	SignUpService(SignUpRequestRepository requests, ReaderRepository readers, PasswordEncoder passwordEncoder,
			SignUpMail mail, SignUpProperties properties, TransactionTemplate transactions, Clock clock) {
		this.requests = requests;
		this.readers = readers;
		this.passwordEncoder = passwordEncoder;
		this.mail = mail;
		this.properties = properties;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Takes a sign-up: sends the address a link that creates the account, or a note that
	 * it has one already.
	 * @param linkTo the absolute address of the confirmation page for a token
	 * @throws SignUpMailException when the mail could not be sent; nothing is kept then
	 */
	public void request(String email, Password password, UnaryOperator<String> linkTo, Locale locale) {
		String address = Reader.normalise(email);
		// Hashed in every case, so that no answer is quicker than another.
		String passwordHash = this.passwordEncoder.encode(password.value());
		String token = newToken();
		Instant now = this.clock.instant();
		Optional<Pending> pending = this.transactions.execute((status) -> {
			this.requests.deleteExpired(now);
			if (this.requests.countByEmailAndExpiresAtAfter(address, now) >= this.properties.maxWaitingPerAddress()) {
				return Optional.empty();
			}
			SignUpRequest request = this.requests.save(new SignUpRequest(address, passwordHash, hash(token), now,
					now.plus(this.properties.linkValidity())));
			return Optional.of(new Pending(request, this.readers.existsByEmail(address)));
		});
		if (pending.isEmpty()) {
			// Enough mails are on their way to this address; the page looks the same.
			return;
		}
		SignUpMail.Kind kind = pending.get().registered() ? SignUpMail.Kind.ALREADY_REGISTERED
				: SignUpMail.Kind.CONFIRM;
		try {
			this.mail.send(address, kind, linkTo.apply(token), locale);
		}
		catch (MailException ex) {
			this.transactions.executeWithoutResult((status) -> this.requests.delete(pending.get().request()));
			throw new SignUpMailException(ex);
		}
	}

	/**
	 * Follows a confirmation link: creates the account its sign-up asked for.
	 */
	public Confirmation confirm(String token) {
		if (token == null || token.isEmpty() || token.length() > 2 * TOKEN_BYTES) {
			return Confirmation.INVALID;
		}
		Instant now = this.clock.instant();
		try {
			return this.transactions.execute((status) -> {
				SignUpRequest request = this.requests.findByTokenHash(hash(token)).orElse(null);
				if (request == null || request.isExpired(now)) {
					return Confirmation.INVALID;
				}
				if (this.readers.existsByEmail(request.getEmail())) {
					return Confirmation.ALREADY_CONFIRMED;
				}
				this.readers.save(new Reader(request.getEmail(), request.getPasswordHash(), Role.READER, null, now));
				this.requests.deleteByEmail(request.getEmail());
				return Confirmation.CONFIRMED;
			});
		}
		catch (DataIntegrityViolationException ex) {
			// Two links of the same address followed at once: the other one made the
			// account.
			return Confirmation.ALREADY_CONFIRMED;
		}
	}

	private String newToken() {
		byte[] bytes = new byte[TOKEN_BYTES];
		this.random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static String hash(String token) {
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(sha256.digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this Java runtime", ex);
		}
	}

	/**
	 * What following a confirmation link did.
	 */
	public enum Confirmation {

		/** The account now exists. */
		CONFIRMED,

		/** The address has an account already; nothing changed. */
		ALREADY_CONFIRMED,

		/** The link is unknown, used or expired. */
		INVALID

	}

	private record Pending(SignUpRequest request, boolean registered) {
	}

}
