package org.colophon.delivery;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Encrypts provider tokens at rest with AES-256-GCM under the key in
 * {@code COLOPHON_TOKEN_KEY} (32 bytes, Base64). Without that key a random one is made
 * for this run only, so saved authorisations do not survive a restart.
 */
@Component
class TokenCipher {

	private static final Logger logger = LoggerFactory.getLogger(TokenCipher.class);

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecretKeySpec key;

	private final SecureRandom random = new SecureRandom();

	TokenCipher(DeliveryProperties properties) {
		byte[] raw;
		if (properties.tokenKey() == null || properties.tokenKey().isBlank()) {
			raw = new byte[32];
			this.random.nextBytes(raw);
			logger.warn("COLOPHON_TOKEN_KEY is not set: Dropbox and Google Drive authorisations last until restart");
		}
		else {
			raw = Base64.getDecoder().decode(properties.tokenKey().strip());
			if (raw.length != 32) {
				throw new IllegalStateException("COLOPHON_TOKEN_KEY must be 32 bytes in Base64");
			}
		}
		this.key = new SecretKeySpec(raw, "AES");
	}

	String encrypt(String plain) {
		if (plain == null) {
			return null;
		}
		try {
			byte[] nonce = new byte[NONCE_BYTES];
			this.random.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, nonce));
			byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder()
				.encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not encrypt a token", ex);
		}
	}

	String decrypt(String stored) {
		if (stored == null) {
			return null;
		}
		try {
			byte[] all = Base64.getDecoder().decode(stored);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
			return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new IllegalStateException("A stored token cannot be decrypted with the current key", ex);
		}
	}

}
