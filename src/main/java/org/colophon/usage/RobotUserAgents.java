package org.colophon.usage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tells robots and crawlers by their user agent (COUNTER's rule: their requests never
 * count), from a list in the format of COUNTER's {@code COUNTER_Robots_list.json}: a JSON
 * array of objects whose {@code pattern} is a regular expression, matched anywhere in the
 * user agent without regard to case; their other fields ({@code last_changed},
 * {@code description}, {@code url}, …) are for people. The list is the one shipped beside
 * this class unless {@code colophon.usage.robots-list} names another. A request without a
 * user agent is taken for a robot too, since every browser sends one.
 */
@Component
class RobotUserAgents {

	static final String LIST = "counter-robots.json";

	private final Pattern robots;

	@Autowired
	RobotUserAgents(UsageProperties properties) {
		this(read(properties.robotsList()));
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

	/**
	 * The patterns of a list in the COUNTER format.
	 * @throws IllegalStateException naming the entry when the list is not a JSON array of
	 * objects each with a {@code pattern} that is a regular expression
	 */
	static List<String> read(Resource list) {
		JsonNode entries;
		try (InputStream in = list.getInputStream()) {
			entries = JsonMapper.builder().build().readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The robots list " + list.getDescription() + " cannot be read", ex);
		}
		catch (JacksonException ex) {
			throw new IllegalStateException(
					"The robots list " + list.getDescription() + " is not JSON: " + ex.getOriginalMessage(), ex);
		}
		if (entries == null || !entries.isArray() || entries.isEmpty()) {
			throw new IllegalStateException(
					"The robots list " + list.getDescription() + " is not a JSON array of entries");
		}
		List<String> patterns = new ArrayList<>();
		for (int index = 0; index < entries.size(); index++) {
			JsonNode pattern = entries.get(index).get("pattern");
			if (pattern == null || !pattern.isString() || pattern.asString().isEmpty()) {
				throw new IllegalStateException(
						"Entry " + index + " of the robots list " + list.getDescription() + " has no pattern");
			}
			try {
				Pattern.compile(pattern.asString());
			}
			catch (PatternSyntaxException ex) {
				throw new IllegalStateException("Entry " + index + " of the robots list " + list.getDescription()
						+ " is not a regular expression: " + ex.getDescription(), ex);
			}
			patterns.add(pattern.asString());
		}
		return patterns;
	}

}
