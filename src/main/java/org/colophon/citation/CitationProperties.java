package org.colophon.citation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on citation formatting: how many engines for styles other than the featured ones
 * (or in another locale) may be built per minute, across all readers.
 */
@ConfigurationProperties("colophon.citation")
record CitationProperties(@DefaultValue("20") int styleBuildsPerMinute) {

	CitationProperties {
		if (styleBuildsPerMinute < 1) {
			throw new IllegalArgumentException("colophon.citation.style-builds-per-minute must be at least 1");
		}
	}

}
