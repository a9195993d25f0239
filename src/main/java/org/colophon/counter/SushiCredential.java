package org.colophon.counter;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An institution's SUSHI credentials: its customer id, the requestor id issued to it and
 * the SHA-256 hash of its API key (the key itself is shown once, when issued).
 */
@Entity
@Table(name = "sushi_credential")
class SushiCredential {

	@Id
	@Column(name = "institution_id")
	private Long institutionId;

	@Column(name = "customer_id", nullable = false, updatable = false)
	private String customerId;

	@Column(name = "requestor_id", nullable = false)
	private String requestorId;

	@Column(name = "api_key_hash", nullable = false)
	private String apiKeyHash;

	@Column(name = "issued_at", nullable = false)
	private Instant issuedAt;

	protected SushiCredential() {
	}

	SushiCredential(Customer customer, String requestorId, String apiKeyHash, Instant issuedAt) {
		this.institutionId = Objects.requireNonNull(customer.institutionId(), "Only an institution has credentials");
		this.customerId = customer.customerId();
		reissue(requestorId, apiKeyHash, issuedAt);
	}

	/**
	 * Replaces the requestor id and API key: the old ones stop working at once.
	 */
	void reissue(String requestorId, String apiKeyHash, Instant issuedAt) {
		this.requestorId = Objects.requireNonNull(requestorId);
		this.apiKeyHash = Objects.requireNonNull(apiKeyHash);
		this.issuedAt = Objects.requireNonNull(issuedAt);
	}

	Long getInstitutionId() {
		return this.institutionId;
	}

	String getCustomerId() {
		return this.customerId;
	}

	String getRequestorId() {
		return this.requestorId;
	}

	String getApiKeyHash() {
		return this.apiKeyHash;
	}

	Instant getIssuedAt() {
		return this.issuedAt;
	}

}
