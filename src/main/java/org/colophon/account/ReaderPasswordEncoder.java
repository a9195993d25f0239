package org.colophon.account;

import java.security.SecureRandom;
import java.util.HexFormat;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The readers' password encoder: the delegate's hashes, except that a password too long
 * to be hashed whole never matches, at the cost of a real check, instead of failing the
 * log-in with an error.
 */
class ReaderPasswordEncoder implements PasswordEncoder {

	private final PasswordEncoder delegate;

	/**
	 * The hash of a secret nobody knows, checked in place of a password too long to be
	 * one.
	 */
	private final String unmatchableHash;

	ReaderPasswordEncoder(PasswordEncoder delegate) {
		this.delegate = delegate;
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		this.unmatchableHash = delegate.encode(HexFormat.of().formatHex(secret));
	}

	@Override
	public String encode(CharSequence rawPassword) {
		return this.delegate.encode(rawPassword);
	}

	/**
	 * A password too long to be anyone's is still put through one check of the delegate,
	 * so that such guesses cost an attacker as much as real ones and take as long to
	 * refuse.
	 */
	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		if (rawPassword == null || !Password.fitsHash(rawPassword)) {
			// Not empty: encoders skip the check of an empty password.
			this.delegate.matches("over-long", this.unmatchableHash);
			return false;
		}
		return this.delegate.matches(rawPassword, encodedPassword);
	}

	@Override
	public boolean upgradeEncoding(String encodedPassword) {
		return this.delegate.upgradeEncoding(encodedPassword);
	}

}
