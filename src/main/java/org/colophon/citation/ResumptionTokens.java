package org.colophon.citation;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Makes and reads opaque, URL-safe resumption tokens. A token carries the whole query,
 * the position in the list and the keyset cursor of the next page, signed so that a
 * changed or invented token is refused instead of being run as a different query.
 */
final class ResumptionTokens {

	private static final String VERSION = "1";

	private static final int MAC_BYTES = 16;

	private static final String SEPARATOR = "\u001f";

	private final byte[] key;

	ResumptionTokens(String secret) {
		if (secret == null || secret.isBlank()) {
			this.key = new byte[32];
			new SecureRandom().nextBytes(this.key);
		}
		else {
			this.key = secret.getBytes(StandardCharsets.UTF_8);
		}
	}

	/** The state of a list between two responses. */
	record State(String verb, String metadataPrefix, Instant from, Instant until, String set, long cursor,
			long completeListSize, String after) {
	}

	String encode(State state) {
		String text = String.join(SEPARATOR, VERSION, state.verb(), nullToEmpty(state.metadataPrefix()),
				Long.toString(state.from().getEpochSecond()), Long.toString(state.until().getEpochSecond()),
				nullToEmpty(state.set()), Long.toString(state.cursor()), Long.toString(state.completeListSize()),
				state.after());
		byte[] payload = text.getBytes(StandardCharsets.UTF_8);
		byte[] token = Arrays.copyOf(payload, payload.length + MAC_BYTES);
		System.arraycopy(mac(payload), 0, token, payload.length, MAC_BYTES);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
	}

	/**
	 * The state in a token made by {@link #encode} with the same key.
	 * @throws OaiException badResumptionToken for anything else
	 */
	State decode(String token) throws OaiException {
		try {
			byte[] bytes = Base64.getUrlDecoder().decode(token);
			if (bytes.length <= MAC_BYTES) {
				throw bad();
			}
			byte[] payload = Arrays.copyOf(bytes, bytes.length - MAC_BYTES);
			byte[] mac = Arrays.copyOfRange(bytes, bytes.length - MAC_BYTES, bytes.length);
			if (!MessageDigest.isEqual(mac, Arrays.copyOf(mac(payload), MAC_BYTES))) {
				throw bad();
			}
			String[] parts = new String(payload, StandardCharsets.UTF_8).split(SEPARATOR, -1);
			if (parts.length != 9 || !VERSION.equals(parts[0])) {
				throw bad();
			}
			return new State(parts[1], emptyToNull(parts[2]), Instant.ofEpochSecond(Long.parseLong(parts[3])),
					Instant.ofEpochSecond(Long.parseLong(parts[4])), emptyToNull(parts[5]), Long.parseLong(parts[6]),
					Long.parseLong(parts[7]), parts[8]);
		}
		catch (IllegalArgumentException ex) {
			throw bad();
		}
	}

	private static OaiException bad() {
		return new OaiException("badResumptionToken", "The resumption token is invalid or has expired.");
	}

	private byte[] mac(byte[] payload) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.key, "HmacSHA256"));
			return mac.doFinal(payload);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is required by every Java platform", ex);
		}
	}

	private static String nullToEmpty(String value) {
		return (value == null) ? "" : value;
	}

	private static String emptyToNull(String value) {
		return value.isEmpty() ? null : value;
	}

}
