package org.colophon.usage;

import org.colophon.content.FullTextRequested;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps every full-text request as a usage event, through {@link UsageLog}: appended to
 * its buffer while the request is decided, written with the next batch. Requests from
 * robots are kept too, flagged, so that reports can leave them out.
 */
@Component
class UsageRecorder {

	private final UsageLog log;

	private final RobotUserAgents robots;

	UsageRecorder(UsageLog log, RobotUserAgents robots) {
		this.log = log;
		this.robots = robots;
	}

	@EventListener
	void on(FullTextRequested request) {
		this.log.record(UsageEvent.of(request, this.robots.isRobot(request.userAgent())));
	}

}
