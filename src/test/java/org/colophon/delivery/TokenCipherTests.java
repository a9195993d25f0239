package org.colophon.delivery;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Provider tokens at rest: AES-256-GCM, so a stored token is secret, cannot be altered
 * unnoticed, and only the key that sealed it opens it.
 */
class TokenCipherTests {

	private static final String KEY = key(1);

	private static final String TOKEN = "sl.u.AEf3-access-token_\u00e9\u00df";

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BYTES = 16;

	private final TokenCipher cipher = new TokenCipher(properties(KEY));

	@Test
	void decryptsWhatItEncrypted() {
		String stored = this.cipher.encrypt(TOKEN);

		assertThat(stored).doesNotContain("access-token");
		assertThat(this.cipher.decrypt(stored)).isEqualTo(TOKEN);
	}

	@Test
	void decryptsAnEmptyToken() {
		assertThat(this.cipher.decrypt(this.cipher.encrypt(""))).isEmpty();
	}

	@Test
	void storesNoTokenAsNoValue() {
		assertThat(this.cipher.encrypt(null)).isNull();
		assertThat(this.cipher.decrypt(null)).isNull();
	}

	@Test
	void storedValueIsNonceThenCiphertextThenTag() {
		byte[] stored = Base64.getDecoder().decode(this.cipher.encrypt(TOKEN));

		assertThat(stored).hasSize(NONCE_BYTES + TOKEN.getBytes(StandardCharsets.UTF_8).length + TAG_BYTES);
	}

	@Test
	void neverReusesANonceForTheSameToken() {
		Set<String> nonces = new HashSet<>();
		Set<String> stored = new HashSet<>();
		for (int i = 0; i < 1000; i++) {
			String sealed = this.cipher.encrypt(TOKEN);
			stored.add(sealed);
			nonces.add(Base64.getEncoder().encodeToString(nonceOf(sealed)));
			assertThat(this.cipher.decrypt(sealed)).isEqualTo(TOKEN);
		}

		assertThat(stored).hasSize(1000);
		assertThat(nonces).hasSize(1000);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "first byte of the nonce, 0", "last byte of the nonce, 11", "first byte of the ciphertext, 12",
			"last byte of the ciphertext, -17", "first byte of the tag, -16", "last byte of the tag, -1" })
	void refusesATamperedToken(String part, int position) {
		byte[] stored = Base64.getDecoder().decode(this.cipher.encrypt(TOKEN));
		int index = (position >= 0) ? position : stored.length + position;
		stored[index] ^= 0x01;

		assertThatIllegalStateException().isThrownBy(() -> this.cipher.decrypt(encode(stored)))
			.withMessageContaining("cannot be decrypted");
	}

	@Test
	void refusesATruncatedToken() {
		byte[] stored = Base64.getDecoder().decode(this.cipher.encrypt(TOKEN));
		byte[] truncated = Arrays.copyOf(stored, stored.length - 1);

		assertThatIllegalStateException().isThrownBy(() -> this.cipher.decrypt(encode(truncated)));
	}

	@Test
	void refusesAValueShorterThanANonce() {
		assertThatIllegalStateException().isThrownBy(() -> this.cipher.decrypt(encode(new byte[4])));
	}

	@Test
	void refusesAValueThatIsNotBase64() {
		assertThatIllegalStateException().isThrownBy(() -> this.cipher.decrypt("not base64 at all!"));
	}

	@Test
	void refusesATokenSealedUnderAnotherKey() {
		String stored = new TokenCipher(properties(key(2))).encrypt(TOKEN);

		assertThatIllegalStateException().isThrownBy(() -> this.cipher.decrypt(stored))
			.withMessageContaining("current key");
	}

	@Test
	void theSameKeyOpensTokensAfterARestart() {
		String stored = this.cipher.encrypt(TOKEN);

		assertThat(new TokenCipher(properties(KEY)).decrypt(stored)).isEqualTo(TOKEN);
	}

	@Test
	void keyIsReadWithSurroundingWhitespace() {
		String stored = this.cipher.encrypt(TOKEN);

		assertThat(new TokenCipher(properties("  " + KEY + "\n")).decrypt(stored)).isEqualTo(TOKEN);
	}

	@Test
	void withoutAKeyTokensLastOnlyForThisRun() {
		TokenCipher thisRun = new TokenCipher(properties(null));
		TokenCipher nextRun = new TokenCipher(properties(" "));
		String stored = thisRun.encrypt(TOKEN);

		assertThat(thisRun.decrypt(stored)).isEqualTo(TOKEN);
		assertThatIllegalStateException().isThrownBy(() -> nextRun.decrypt(stored));
	}

	@Test
	void refusesAKeyThatIsNot32Bytes() {
		String aes128 = Base64.getEncoder().encodeToString(new byte[16]);

		assertThatIllegalStateException().isThrownBy(() -> new TokenCipher(properties(aes128)))
			.withMessageContaining("32 bytes");
	}

	@Test
	void refusesAKeyThatIsNotBase64() {
		assertThatException().isThrownBy(() -> new TokenCipher(properties("not-a-base64-key!")));
	}

	private static byte[] nonceOf(String stored) {
		return Arrays.copyOf(Base64.getDecoder().decode(stored), NONCE_BYTES);
	}

	private static String encode(byte[] bytes) {
		return Base64.getEncoder().encodeToString(bytes);
	}

	private static String key(int seed) {
		byte[] raw = new byte[32];
		for (int i = 0; i < raw.length; i++) {
			raw[i] = (byte) (seed * 31 + i);
		}
		return Base64.getEncoder().encodeToString(raw);
	}

	private static DeliveryProperties properties(String tokenKey) {
		return new DeliveryProperties("kindle@colophon.example", DataSize.ofMegabytes(50), Duration.ofSeconds(30), 6,
				Duration.ofSeconds(1), 10, 30, Duration.ofHours(24), tokenKey, null, null);
	}

}
