package org.colophon.usage;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The shipped robots list tells crawlers, tools and libraries from browsers; a list in
 * the format of COUNTER's {@code COUNTER_Robots_list.json} can take its place.
 */
class RobotUserAgentsTests {

	private final RobotUserAgents robots = new RobotUserAgents(
			RobotUserAgents.read(new ClassPathResource(RobotUserAgents.LIST, RobotUserAgents.class)));

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

	@Test
	void readsTheCounterFormatTakingThePatternOfEachEntryAndIgnoringTheOtherFields() {
		List<String> patterns = RobotUserAgents
			.read(new ClassPathResource("counter-format.json", RobotUserAgentsTests.class));

		assertThat(patterns).containsExactly("^exampleharvester\\/\\d", "Sample(\\s|\\+)Checker", "^teapot$");
		RobotUserAgents list = new RobotUserAgents(patterns);
		assertThat(list.isRobot("ExampleHarvester/2 (+https://example.org)")).isTrue();
		assertThat(list.isRobot("Sample+Checker 1.0")).isTrue();
		assertThat(list.isRobot("TEAPOT")).isTrue();
		assertThat(list.isRobot("a teapot")).isFalse();
	}

	@Test
	void aListConfiguredByItsAddressReplacesTheShippedOne() {
		new ApplicationContextRunner().withUserConfiguration(RobotsConfiguration.class)
			.withPropertyValues("colophon.usage.robots-list=classpath:org/colophon/usage/counter-format.json")
			.run((context) -> {
				RobotUserAgents configured = context.getBean(RobotUserAgents.class);
				assertThat(configured.isRobot("TEAPOT")).isTrue();
				assertThat(configured.isRobot("Mozilla/5.0 (compatible; Googlebot/2.1)")).isFalse();
			});
		new ApplicationContextRunner().withUserConfiguration(RobotsConfiguration.class)
			.run((context) -> assertThat(context.getBean(RobotUserAgents.class).isRobot("Googlebot/2.1")).isTrue());
	}

	@Test
	void refusesAListThatIsNotInTheCounterFormat() {
		assertThatIllegalStateException().isThrownBy(() -> RobotUserAgents.read(json("bot\nspider\n")))
			.withMessageContaining("is not JSON");
		assertThatIllegalStateException().isThrownBy(() -> RobotUserAgents.read(json("{\"pattern\":\"bot\"}")))
			.withMessageContaining("is not a JSON array of entries");
		assertThatIllegalStateException().isThrownBy(() -> RobotUserAgents.read(json("[]")))
			.withMessageContaining("is not a JSON array of entries");
		assertThatIllegalStateException()
			.isThrownBy(() -> RobotUserAgents.read(json("[{\"pattern\":\"bot\"},{\"description\":\"no pattern\"}]")))
			.withMessageContaining("Entry 1")
			.withMessageContaining("has no pattern");
		assertThatIllegalStateException()
			.isThrownBy(() -> RobotUserAgents.read(json("[{\"pattern\":\"bot\"},{\"pattern\":\"(unclosed\"}]")))
			.withMessageContaining("Entry 1")
			.withMessageContaining("is not a regular expression");
	}

	private static ByteArrayResource json(String text) {
		return new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8), "test list");
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(UsageProperties.class)
	@Import(RobotUserAgents.class)
	static class RobotsConfiguration {

	}

}
