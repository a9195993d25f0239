package org.colophon.search;

import java.time.Instant;

/**
 * A reader ran a search on the search page (a first page of results, not a further page
 * of the same search), reported so that usage can count it as COUNTER's
 * {@code Searches_Platform}. {@code queryKey} stands for the words and facet values
 * searched for (a SHA-256 hash, so the words themselves are not kept), so that the same
 * search repeated at once counts once; {@code viewerInstitutionId} is the institution the
 * viewer belongs to or comes from; {@code userAgent} tells robots apart.
 */
public record SearchPerformed(Instant occurredAt, Long readerId, String sessionKey, Long viewerInstitutionId,
		String userAgent, String queryKey) {
}
