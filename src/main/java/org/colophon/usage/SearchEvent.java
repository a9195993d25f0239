package org.colophon.usage;

import java.time.Instant;

import org.colophon.search.SearchPerformed;

/**
 * One search run on the search page, as it is kept in {@code search_event} for COUNTER's
 * {@code Searches_Platform}.
 */
record SearchEvent(Instant occurredAt, Long institutionId, Long readerId, String sessionKey, String queryKey,
		boolean robot) implements RecordedEvent {

	static SearchEvent of(SearchPerformed search, boolean robot) {
		return new SearchEvent(search.occurredAt(), search.viewerInstitutionId(), search.readerId(),
				search.sessionKey(), search.queryKey(), robot);
	}

}
