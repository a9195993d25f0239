package org.colophon.access;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * A person with an account: an e-mail address, a hashed password, a role, and optionally the
 * institution they belong to (whose entitlements then follow them wherever they sign in).
 */
@Entity
public class Reader {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, updatable = false)
	private String email;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Role role;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "institution_id")
	private Institution institution;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	protected Reader() {
	}

	Reader(String email, String passwordHash, Role role, Institution institution, Instant createdAt) {
		this.email = normalise(email);
		this.passwordHash = Objects.requireNonNull(passwordHash);
		this.role = Objects.requireNonNull(role);
		this.institution = institution;
		this.createdAt = Objects.requireNonNull(createdAt);
	}

	static String normalise(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	public Long getId() {
		return this.id;
	}

	public String getEmail() {
		return this.email;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	public Role getRole() {
		return this.role;
	}

	public Institution getInstitution() {
		return this.institution;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
