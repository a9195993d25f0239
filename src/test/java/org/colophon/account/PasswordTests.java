package org.colophon.account;

import org.colophon.account.Password.Fault;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PasswordTests {

	@Test
	void needsAtLeastTwelveCharacters() {
		assertThat(Password.faultOf("a".repeat(11))).contains(Fault.TOO_SHORT);
		assertThat(Password.faultOf("")).contains(Fault.TOO_SHORT);
		assertThat(Password.faultOf(null)).contains(Fault.TOO_SHORT);
		assertThat(Password.faultOf("a".repeat(12))).isEmpty();
		assertThatIllegalArgumentException().isThrownBy(() -> new Password("eleven char"))
			.withMessage("A password needs at least 12 characters");
	}

	@Test
	void mayHaveAtMostSeventyTwoBytesHoweverFewCharactersThatIs() {
		assertThat(Password.faultOf("a".repeat(72))).isEmpty();
		assertThat(Password.faultOf("a".repeat(73))).contains(Fault.TOO_LONG);
		assertThat(Password.faultOf("\u00e9".repeat(36))).isEmpty();
		assertThat(Password.faultOf("\u00e9".repeat(37))).contains(Fault.TOO_LONG);
		assertThat(Password.faultOf("\ud83d\udd11".repeat(19))).contains(Fault.TOO_LONG);
		assertThatIllegalArgumentException().isThrownBy(() -> new Password("x".repeat(200)))
			.withMessage("A password can have at most 72 bytes");
	}

	@Test
	void tellsWhetherTextCouldBeHashedWhole() {
		assertThat(Password.fitsHash("short")).isTrue();
		assertThat(Password.fitsHash(new StringBuilder("\u00e9".repeat(36)))).isTrue();
		assertThat(Password.fitsHash("\u00e9".repeat(37))).isFalse();
	}

	@Test
	void keepsTheValueButNeverShowsIt() {
		Password password = new Password("correct horse battery staple");

		assertThat(password.value()).isEqualTo("correct horse battery staple");
		assertThat(password).hasToString("Password[hidden]");
	}

}
