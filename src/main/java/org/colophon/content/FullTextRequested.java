package org.colophon.content;

import java.time.Instant;

import org.colophon.access.AccessDecision;

/**
 * A reader asked for a chapter's full text, and was given it or turned away as the
 * decision says. Published inside the request's transaction, so a listener that records
 * it commits with it.
 */
public record FullTextRequested(Instant occurredAt, String chapterId, String bookId, ContentFormat format,
		Long readerId, String sessionKey, AccessDecision decision) {
}
