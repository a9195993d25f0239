package org.colophon.account;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.AbstractValidatingPasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

class ReaderPasswordEncoderTests {

	private final CountingEncoder delegate = new CountingEncoder();

	private final ReaderPasswordEncoder encoder = new ReaderPasswordEncoder(this.delegate);

	@Test
	void checksAPasswordThatFitsTheHashWithTheDelegate() {
		String hash = this.encoder.encode("twelve chars or more");

		assertThat(this.encoder.matches("twelve chars or more", hash)).isTrue();
		assertThat(this.encoder.matches("another password", hash)).isFalse();
		assertThat(this.delegate.checks).isEqualTo(2);
	}

	@Test
	void anOverlongPasswordNeverMatchesYetCostsAsMuchAsARealCheck() {
		String overlong = "x".repeat(200);
		String hash = this.delegate.encode(overlong);
		this.delegate.checks = 0;

		assertThat(this.encoder.matches(overlong, hash)).isFalse();
		assertThat(this.encoder.matches(null, hash)).isFalse();
		assertThat(this.delegate.checks).isEqualTo(2);
	}

	/**
	 * Stores passwords as they are and counts the checks, which stand in for the cost of
	 * a real hash; like bcrypt's encoder, it skips the check of an empty password.
	 */
	private static final class CountingEncoder extends AbstractValidatingPasswordEncoder {

		private int checks;

		@Override
		protected String encodeNonNullPassword(String rawPassword) {
			return "plain:" + rawPassword;
		}

		@Override
		protected boolean matchesNonNull(String rawPassword, String encodedPassword) {
			this.checks++;
			return encodedPassword.equals(encode(rawPassword));
		}

	}

}
