package org.colophon.counter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues SUSHI credentials to institutions and checks them on every SUSHI request. The
 * API key is random (256 bits), shown once and stored as its SHA-256 hash: a key of that
 * strength needs no slow hash, and a leaked table gives no usable key.
 */
@Service
@Transactional
public class SushiCredentialService {

	private final SushiCredentialRepository credentials;

	private final CounterService counter;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	SushiCredentialService(SushiCredentialRepository credentials, CounterService counter, Clock clock) {
		this.credentials = credentials;
		this.counter = counter;
		this.clock = clock;
	}

	/**
	 * Issues (or issues again, replacing the old ones) an institution's requestor id and
	 * API key; its customer id stays.
	 * @throws InstitutionNotFoundException when there is no such institution
	 */
	public IssuedCredentials issue(long institutionId) {
		Customer customer = this.counter.customer(institutionId);
		String requestorId = HexFormat.of().formatHex(randomBytes(16));
		String apiKey = Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(32));
		SushiCredential credential = this.credentials.findById(institutionId).orElse(null);
		if (credential == null) {
			credential = new SushiCredential(customer, requestorId, hash(apiKey), this.clock.instant());
		}
		else {
			credential.reissue(requestorId, hash(apiKey), this.clock.instant());
		}
		this.credentials.save(credential);
		return new IssuedCredentials(credential.getCustomerId(), requestorId, apiKey);
	}

	/**
	 * The institution's SUSHI credentials as its page may show them (never the API key,
	 * which is only in the answer that issued it), when any have been issued.
	 */
	@Transactional(readOnly = true)
	public Optional<CredentialsView> credentials(long institutionId) {
		return this.credentials.findById(institutionId)
			.map((credential) -> new CredentialsView(credential.getCustomerId(), credential.getRequestorId(),
					credential.getIssuedAt()));
	}

	/**
	 * The customer a SUSHI request's credentials open, checked as COUNTER_SUSHI 5.1 says:
	 * a missing customer id or requestor id is 1030, an unknown customer 2010, a
	 * requestor id that is not the customer's 2000, a missing or wrong API key 2020.
	 * @throws SushiRequestException when they open none
	 */
	@Transactional(readOnly = true)
	public Customer authenticate(Map<String, String> parameters) {
		String customerId = parameters.get("customer_id");
		if (customerId == null || customerId.isBlank()) {
			throw new SushiRequestException(SushiCode.INSUFFICIENT_INFORMATION, "customer_id is required");
		}
		String requestorId = parameters.get("requestor_id");
		if (requestorId == null || requestorId.isBlank()) {
			throw new SushiRequestException(SushiCode.INSUFFICIENT_INFORMATION, "requestor_id is required");
		}
		SushiCredential credential = this.credentials.findByCustomerId(customerId.strip())
			.orElseThrow(() -> new SushiRequestException(SushiCode.NOT_AUTHORIZED_FOR_INSTITUTION,
					"No customer " + customerId.strip()));
		if (!MessageDigest.isEqual(credential.getRequestorId().getBytes(StandardCharsets.UTF_8),
				requestorId.strip().getBytes(StandardCharsets.UTF_8))) {
			throw new SushiRequestException(SushiCode.REQUESTOR_NOT_AUTHORIZED,
					"requestor_id is not the one issued for this customer");
		}
		String apiKey = parameters.get("api_key");
		if (apiKey == null || !MessageDigest.isEqual(credential.getApiKeyHash().getBytes(StandardCharsets.US_ASCII),
				hash(apiKey.strip()).getBytes(StandardCharsets.US_ASCII))) {
			throw new SushiRequestException(SushiCode.API_KEY_INVALID,
					(apiKey == null) ? "api_key is required" : "api_key is not the one issued");
		}
		return this.counter.customer(credential.getInstitutionId());
	}

	private byte[] randomBytes(int length) {
		byte[] bytes = new byte[length];
		this.random.nextBytes(bytes);
		return bytes;
	}

	private static String hash(String apiKey) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(apiKey.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required by every Java platform", ex);
		}
	}

	/**
	 * Issued credentials without their key: what a library's administrator sees later.
	 */
	public record CredentialsView(String customerId, String requestorId, Instant issuedAt) {
	}

	/**
	 * Credentials as issued: the API key is here in the clear, and only here.
	 */
	public record IssuedCredentials(String customerId, String requestorId, String apiKey) {

		@Override
		public String toString() {
			return "IssuedCredentials[customerId=" + this.customerId + ", requestorId=" + this.requestorId + "]";
		}

	}

}
