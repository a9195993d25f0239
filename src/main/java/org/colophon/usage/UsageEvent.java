package org.colophon.usage;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.colophon.access.AccessBasis;
import org.colophon.access.AccessDecision;
import org.colophon.content.ContentFormat;
import org.colophon.content.FullTextRequested;

/**
 * One full-text request, granted or turned away, kept for COUNTER-style usage reports.
 */
@Entity
@Table(name = "usage_event")
class UsageEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "occurred_at", nullable = false, updatable = false)
	private Instant occurredAt;

	@Column(name = "chapter_id", nullable = false, updatable = false)
	private String chapterId;

	@Column(name = "publication_id", nullable = false, updatable = false)
	private String bookId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private ContentFormat format;

	@Column(name = "institution_id", updatable = false)
	private Long institutionId;

	@Column(name = "reader_id", updatable = false)
	private Long readerId;

	@Column(name = "session_key", nullable = false, updatable = false)
	private String sessionKey;

	@Column(nullable = false, updatable = false)
	private boolean granted;

	@Enumerated(EnumType.STRING)
	@Column(updatable = false)
	private AccessBasis basis;

	@Column(name = "denial_reason", updatable = false)
	private String denialReason;

	@Column(nullable = false, updatable = false)
	private boolean robot;

	protected UsageEvent() {
	}

	UsageEvent(FullTextRequested request, boolean robot) {
		AccessDecision decision = request.decision();
		this.occurredAt = request.occurredAt();
		this.chapterId = request.chapterId();
		this.bookId = request.bookId();
		this.format = request.format();
		this.institutionId = request.viewerInstitutionId();
		this.readerId = request.readerId();
		this.sessionKey = request.sessionKey();
		this.granted = decision.granted();
		this.basis = decision.granted() ? decision.basis() : null;
		this.denialReason = decision.denialReason();
		this.robot = robot;
	}

	String getChapterId() {
		return this.chapterId;
	}

	boolean isGranted() {
		return this.granted;
	}

	String getDenialReason() {
		return this.denialReason;
	}

	Long getInstitutionId() {
		return this.institutionId;
	}

	ContentFormat getFormat() {
		return this.format;
	}

	String getSessionKey() {
		return this.sessionKey;
	}

}
