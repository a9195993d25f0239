package org.colophon.usage;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped robots list tells crawlers, tools and libraries from browsers.
 */
class RobotUserAgentsTests {

	private final RobotUserAgents robots = new RobotUserAgents();

	@Test
	void knowsCrawlersToolsAndLibraries() {
		assertThat(List.of("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
				"Mozilla/5.0 (compatible; bingbot/2.0)", "curl/8.5.0", "Wget/1.21.4", "python-requests/2.32.3",
				"Java/17.0.15", "Apache-HttpClient/5.3", "Mozilla/5.0 HeadlessChrome/131.0", "Zotero/7.0"))
			.allMatch(this.robots::isRobot);
	}

	@Test
	void takesBrowsersForReaders() {
		assertThat(List.of(
				"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36",
				"Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0"
						+ " Safari/605.1.15",
				"Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0"))
			.noneMatch(this.robots::isRobot);
	}

	@Test
	void takesARequestWithoutUserAgentForARobot() {
		assertThat(this.robots.isRobot(null)).isTrue();
		assertThat(this.robots.isRobot(" ")).isTrue();
	}

	@Test
	void matchesThePatternsGivenWithoutRegardToCase() {
		RobotUserAgents list = new RobotUserAgents(List.of("^harvester", "spider"));

		assertThat(list.isRobot("HARVESTER/1.0")).isTrue();
		assertThat(list.isRobot("My Spider")).isTrue();
		assertThat(list.isRobot("friendly harvester")).isFalse();
	}

}
