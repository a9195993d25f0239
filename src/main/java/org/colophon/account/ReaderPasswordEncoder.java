package org.colophon.account;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The readers' password encoder: the delegate's hashes, except that a password too long
 * to be hashed whole simply does not match, instead of failing the log-in with an error.
 */
class ReaderPasswordEncoder implements PasswordEncoder {

	private final PasswordEncoder delegate;

	ReaderPasswordEncoder(PasswordEncoder delegate) {
		this.delegate = delegate;
	}

	@Override
	public String encode(CharSequence rawPassword) {
		return this.delegate.encode(rawPassword);
	}

	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		return rawPassword != null && Password.fitsHash(rawPassword)
				&& this.delegate.matches(rawPassword, encodedPassword);
	}

	@Override
	public boolean upgradeEncoding(String encodedPassword) {
		return this.delegate.upgradeEncoding(encodedPassword);
	}

}
