package org.colophon.account;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A sign-up waiting for its address to be confirmed: the account it would create and the
 * hash of the token its link carries.
 */
@Entity
@Table(name = "sign_up_request")
class SignUpRequest {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private String email;

	@Column(name = "password_hash", nullable = false, updatable = false)
	private String passwordHash;

	@Column(name = "token_hash", nullable = false, updatable = false)
	private String tokenHash;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "expires_at", nullable = false, updatable = false)
	private Instant expiresAt;

	protected SignUpRequest() {
	}

	SignUpRequest(String email, String passwordHash, String tokenHash, Instant createdAt, Instant expiresAt) {
		this.email = Reader.normalise(email);
		this.passwordHash = Objects.requireNonNull(passwordHash);
		this.tokenHash = Objects.requireNonNull(tokenHash);
		this.createdAt = Objects.requireNonNull(createdAt);
		this.expiresAt = Objects.requireNonNull(expiresAt);
	}

	String getEmail() {
		return this.email;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	boolean isExpired(Instant now) {
		return !now.isBefore(this.expiresAt);
	}

}
