package org.colophon.usage;

import java.time.Instant;

import org.colophon.access.AccessBasis;
import org.colophon.access.AccessDecision;
import org.colophon.content.ContentFormat;
import org.colophon.content.FullTextRequested;

/**
 * One full-text request, granted or turned away, as it is kept in {@code usage_event} for
 * COUNTER-style usage reports: the basis only when granted, the reason only when turned
 * away.
 */
record UsageEvent(Instant occurredAt, String chapterId, String bookId, ContentFormat format, Long institutionId,
		Long readerId, String sessionKey, boolean granted, AccessBasis basis, String denialReason,
		boolean robot) implements RecordedEvent {

	static UsageEvent of(FullTextRequested request, boolean robot) {
		AccessDecision decision = request.decision();
		return new UsageEvent(request.occurredAt(), request.chapterId(), request.bookId(), request.format(),
				request.viewerInstitutionId(), request.readerId(), request.sessionKey(), decision.granted(),
				decision.granted() ? decision.basis() : null, decision.denialReason(), robot);
	}

}
