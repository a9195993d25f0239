package org.colophon.delivery;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A reader's authorisation at a storage provider, with both tokens encrypted. It belongs
 * to the reader's id, which is never given to another account, and is deleted with the
 * reader.
 */
@Entity
@Table(name = "provider_token")
class ProviderToken {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "registration_id", nullable = false, updatable = false)
	private String registrationId;

	@Column(name = "reader_id", nullable = false, updatable = false)
	private Long readerId;

	@Column(name = "access_token", nullable = false)
	private String accessToken;

	@Column(name = "access_expires_at")
	private Instant accessExpiresAt;

	@Column(name = "access_issued_at")
	private Instant accessIssuedAt;

	@Column(name = "refresh_token")
	private String refreshToken;

	private String scopes;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected ProviderToken() {
	}

	ProviderToken(String registrationId, Long readerId) {
		this.registrationId = registrationId;
		this.readerId = readerId;
	}

	void store(String encryptedAccessToken, Instant issuedAt, Instant expiresAt, String encryptedRefreshToken,
			String scopes, Instant now) {
		this.accessToken = encryptedAccessToken;
		this.accessIssuedAt = issuedAt;
		this.accessExpiresAt = expiresAt;
		if (encryptedRefreshToken != null) {
			this.refreshToken = encryptedRefreshToken;
		}
		this.scopes = scopes;
		this.updatedAt = now;
	}

	String getAccessToken() {
		return this.accessToken;
	}

	Instant getAccessExpiresAt() {
		return this.accessExpiresAt;
	}

	Instant getAccessIssuedAt() {
		return this.accessIssuedAt;
	}

	String getRefreshToken() {
		return this.refreshToken;
	}

	String getScopes() {
		return this.scopes;
	}

}
