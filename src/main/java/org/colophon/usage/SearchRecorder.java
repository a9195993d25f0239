package org.colophon.usage;

import org.colophon.search.SearchPerformed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps every search run on the search page as a search event, through {@link UsageLog},
 * robots' flagged so that reports can leave them out. Repeated searches are all kept: the
 * reports leave out double clicks when they count.
 */
@Component
class SearchRecorder {

	private final UsageLog log;

	private final RobotUserAgents robots;

	SearchRecorder(UsageLog log, RobotUserAgents robots) {
		this.log = log;
		this.robots = robots;
	}

	@EventListener
	void on(SearchPerformed search) {
		this.log.record(SearchEvent.of(search, this.robots.isRobot(search.userAgent())));
	}

}
