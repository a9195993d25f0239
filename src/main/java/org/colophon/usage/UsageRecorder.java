package org.colophon.usage;

import org.colophon.content.FullTextRequested;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps every full-text request as a usage event. It listens synchronously, inside the
 * request's transaction, so that no answer is given whose record could still be lost.
 */
@Component
class UsageRecorder {

	private final UsageEventRepository events;

	UsageRecorder(UsageEventRepository events) {
		this.events = events;
	}

	@EventListener
	void on(FullTextRequested request) {
		this.events.save(new UsageEvent(request));
	}

}
