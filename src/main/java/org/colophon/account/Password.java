package org.colophon.account;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A password as a reader chose it, kept to the rules of every account: at least
 * {@value #MIN_LENGTH} characters, and at most {@value #MAX_BYTES} bytes in UTF-8, the
 * most bcrypt reads (it would ignore the rest without a word).
 *
 * @param value the password as typed
 */
public record Password(String value) {

	/** The fewest characters a password may have. */
	public static final int MIN_LENGTH = 12;

	/** The most UTF-8 bytes a password may have. */
	public static final int MAX_BYTES = 72;

	/**
	 * @throws IllegalArgumentException saying which rule the password breaks
	 */
	public Password {
		Fault fault = faultOf(value).orElse(null);
		if (fault != null) {
			throw new IllegalArgumentException(fault.description());
		}
	}

	/**
	 * The rule a candidate password breaks, if any; a missing one is too short.
	 */
	public static Optional<Fault> faultOf(CharSequence candidate) {
		if (candidate == null || candidate.length() < MIN_LENGTH) {
			return Optional.of(Fault.TOO_SHORT);
		}
		return fitsHash(candidate) ? Optional.empty() : Optional.of(Fault.TOO_LONG);
	}

	/**
	 * Whether a candidate is short enough to be hashed whole; a longer one can never be
	 * any reader's password.
	 */
	public static boolean fitsHash(CharSequence candidate) {
		return candidate.toString().getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
	}

	/**
	 * Never shows the password, so that it cannot end up in a log.
	 */
	@Override
	public String toString() {
		return "Password[hidden]";
	}

	/**
	 * A rule a password can break.
	 */
	public enum Fault {

		TOO_SHORT("A password needs at least " + MIN_LENGTH + " characters"),

		TOO_LONG("A password can have at most " + MAX_BYTES + " bytes");

		private final String description;

		Fault(String description) {
			this.description = description;
		}

		public String description() {
			return this.description;
		}

	}

}
