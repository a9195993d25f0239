package org.colophon.counter;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the platform names itself in COUNTER reports.
 *
 * @param platform the platform's name in reports ({@code Platform}, {@code Created_By})
 * @param platformId the namespace of proprietary ids, as COUNTER restricts it: a letter
 * then up to 17 letters, digits, {@code _}, {@code .} or {@code /}
 */
@ConfigurationProperties("colophon.counter")
public record CounterProperties(@DefaultValue("Colophon") String platform,
		@DefaultValue("Colophon") String platformId) {

	public CounterProperties {
		if (!platformId.matches("[a-zA-Z][a-zA-Z0-9_./]{1,17}")) {
			throw new IllegalArgumentException(
					"colophon.counter.platform-id must be a letter then 1 to 17 letters, digits, '_', '.' or '/'");
		}
		if (platform.strip().length() < 2) {
			throw new IllegalArgumentException("colophon.counter.platform needs at least 2 characters");
		}
	}

	String proprietary(String id) {
		return this.platformId + ":" + id;
	}

}
