package org.colophon.usage;

import org.colophon.search.SearchPerformed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps every search run on the search page as a search event, robots' flagged so that
 * reports can leave them out. A search reads only, so the event is written in a
 * transaction of its own, before the results are shown.
 */
@Component
class SearchRecorder {

	private final SearchEventRepository searches;

	private final RobotUserAgents robots;

	SearchRecorder(SearchEventRepository searches, RobotUserAgents robots) {
		this.searches = searches;
		this.robots = robots;
	}

	@EventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(SearchPerformed search) {
		this.searches.save(new SearchEvent(search, this.robots.isRobot(search.userAgent())));
	}

}
