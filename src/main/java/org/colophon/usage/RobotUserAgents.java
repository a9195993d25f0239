package org.colophon.usage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Tells robots and crawlers by their user agent, from the list shipped as
 * {@code counter-robots.txt} beside this class (COUNTER's rule: their requests never
 * count). A request without a user agent is taken for a robot too, since every browser
 * sends one.
 */
@Component
class RobotUserAgents {

	static final String LIST = "counter-robots.txt";

	private final Pattern robots;

	RobotUserAgents() {
		this(read());
	}

	RobotUserAgents(List<String> patterns) {
		this.robots = Pattern.compile(
				patterns.stream().map((pattern) -> "(?:" + pattern + ")").collect(Collectors.joining("|")),
				Pattern.CASE_INSENSITIVE);
	}

	/**
	 * Whether a request from this user agent is a robot's.
	 */
	boolean isRobot(String userAgent) {
		if (userAgent == null || userAgent.isBlank()) {
			return true;
		}
		return this.robots.matcher(userAgent.strip()).find();
	}

	private static List<String> read() {
		try (InputStream in = new ClassPathResource(LIST, RobotUserAgents.class).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The robots list " + LIST + " is part of the application", ex);
		}
	}

}
