package org.colophon.account;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A person with an account: an e-mail address, a hashed password, a role, and optionally
 * the institution they belong to (by id: institutions are the access module's) (whose
 * entitlements then follow them wherever they sign in).
 */
@Entity
public class Reader {

	/** The most characters an e-mail address can have. */
	public static final int MAX_EMAIL = 320;

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

	@Column(name = "institution_id")
	private Long institutionId;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	protected Reader() {
	}

	Reader(String email, String passwordHash, Role role, Long institutionId, Instant createdAt) {
		this.email = normalise(email);
		this.passwordHash = Objects.requireNonNull(passwordHash);
		this.role = Objects.requireNonNull(role);
		if (role == Role.INSTITUTION_ADMIN && institutionId == null) {
			throw new IllegalArgumentException("An institution's administrator belongs to an institution");
		}
		this.institutionId = institutionId;
		this.createdAt = Objects.requireNonNull(createdAt);
	}

	/**
	 * Gives the account another role and institution, keeping the rule that an
	 * institution's administrator belongs to one.
	 */
	void changeRole(Role role, Long institutionId) {
		if (Objects.requireNonNull(role) == Role.INSTITUTION_ADMIN && institutionId == null) {
			throw new IllegalArgumentException("An institution's administrator belongs to an institution");
		}
		this.role = role;
		this.institutionId = institutionId;
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

	/**
	 * The institution the reader belongs to, {@code null} for none.
	 */
	public Long getInstitutionId() {
		return this.institutionId;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
