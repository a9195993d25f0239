package org.colophon.usage;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.colophon.search.SearchPerformed;

/**
 * One search run on the search page, kept for COUNTER's {@code Searches_Platform}.
 */
@Entity
@Table(name = "search_event")
class SearchEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "occurred_at", nullable = false, updatable = false)
	private Instant occurredAt;

	@Column(name = "institution_id", updatable = false)
	private Long institutionId;

	@Column(name = "reader_id", updatable = false)
	private Long readerId;

	@Column(name = "session_key", nullable = false, updatable = false)
	private String sessionKey;

	@Column(name = "query_key", nullable = false, updatable = false)
	private String queryKey;

	@Column(nullable = false, updatable = false)
	private boolean robot;

	protected SearchEvent() {
	}

	SearchEvent(SearchPerformed search, boolean robot) {
		this.occurredAt = search.occurredAt();
		this.institutionId = search.viewerInstitutionId();
		this.readerId = search.readerId();
		this.sessionKey = search.sessionKey();
		this.queryKey = search.queryKey();
		this.robot = robot;
	}

}
