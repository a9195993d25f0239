package org.colophon.usage;

import org.colophon.content.FullTextRequested;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps every full-text request as a usage event. It listens synchronously, inside the
 * request's transaction, so that no answer is given whose record could still be lost.
 * Requests from robots are kept too, flagged, so that reports can leave them out.
 */
@Component
class UsageRecorder {

	private final UsageEventRepository events;

	private final RobotUserAgents robots;

	UsageRecorder(UsageEventRepository events, RobotUserAgents robots) {
		this.events = events;
		this.robots = robots;
	}

	@EventListener
	void on(FullTextRequested request) {
		this.events.save(new UsageEvent(request, this.robots.isRobot(request.userAgent())));
	}

}
