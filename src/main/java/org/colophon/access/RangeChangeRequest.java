package org.colophon.access;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
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
import jakarta.persistence.Table;

/**
 * An institution administrator's request to replace the institution's address ranges,
 * which only a platform admin applies (or rejects), once.
 */
@Entity
@Table(name = "ip_range_request")
class RangeChangeRequest {

	/** The most characters the requested ranges take, one per line. */
	static final int MAX_RANGES = 4000;

	/** The most characters of the note. */
	static final int MAX_NOTE = 1000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "institution_id")
	private Institution institution;

	@Column(name = "reader_id")
	private Long readerId;

	private String ranges;

	private String note;

	@Enumerated(EnumType.STRING)
	private Status status;

	@Column(name = "requested_at")
	private Instant requestedAt;

	@Column(name = "decided_at")
	private Instant decidedAt;

	protected RangeChangeRequest() {
	}

	RangeChangeRequest(Institution institution, Long readerId, List<IpRange> ranges, String note, Instant requestedAt) {
		String joined = String.join("\n", ranges.stream().map(IpRange::cidr).toList());
		if (joined.length() > MAX_RANGES) {
			throw new IllegalArgumentException("The ranges can take at most " + MAX_RANGES + " characters");
		}
		if (note != null && note.length() > MAX_NOTE) {
			throw new IllegalArgumentException("A note can have at most " + MAX_NOTE + " characters");
		}
		this.institution = Objects.requireNonNull(institution);
		this.readerId = readerId;
		this.ranges = joined;
		this.note = (note == null || note.isBlank()) ? null : note.strip();
		this.status = Status.PENDING;
		this.requestedAt = Objects.requireNonNull(requestedAt);
	}

	/**
	 * Gives the institution the requested ranges.
	 * @throws IllegalStateException when the request was decided already
	 */
	void apply(Instant now) {
		decide(Status.APPLIED, now);
		this.institution.replaceRanges(getRanges().stream().map(IpRange::parse).toList());
	}

	/**
	 * @throws IllegalStateException when the request was decided already
	 */
	void reject(Instant now) {
		decide(Status.REJECTED, now);
	}

	private void decide(Status outcome, Instant now) {
		if (this.status != Status.PENDING) {
			throw new IllegalStateException("The request was " + this.status + " already");
		}
		this.status = outcome;
		this.decidedAt = now;
	}

	Long getId() {
		return this.id;
	}

	Institution getInstitution() {
		return this.institution;
	}

	List<String> getRanges() {
		return this.ranges.isEmpty() ? List.of() : Arrays.asList(this.ranges.split("\n"));
	}

	String getNote() {
		return this.note;
	}

	Status getStatus() {
		return this.status;
	}

	Instant getRequestedAt() {
		return this.requestedAt;
	}

	/** Where a request stands. */
	enum Status {

		PENDING, APPLIED, REJECTED

	}

}
