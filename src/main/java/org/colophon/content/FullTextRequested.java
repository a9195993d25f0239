package org.colophon.content;

import java.time.Instant;

import org.colophon.access.AccessDecision;

/**
 * A reader asked for a chapter's full text, and was given it or turned away as the
 * decision says. Published inside the request's transaction, so a listener that records
 * it commits with it. {@code viewerInstitutionId} is the institution the viewer belongs
 * to or comes from (by membership or address), whatever the decision, so that usage and
 * turnaways count for it; {@code userAgent} is the client's own name for itself, so that
 * robots can be told apart.
 */
public record FullTextRequested(Instant occurredAt, String chapterId, String bookId, ContentFormat format,
		Long readerId, String sessionKey, AccessDecision decision, Long viewerInstitutionId, String userAgent) {
}
