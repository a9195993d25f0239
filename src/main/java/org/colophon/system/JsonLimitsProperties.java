package org.colophon.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The most JSON a request body may hold, in bytes and in nesting, so that a caller cannot
 * make the application read an unbounded document into memory.
 */
@ConfigurationProperties("colophon.json")
record JsonLimitsProperties(@DefaultValue("1MB") DataSize maxDocumentSize, @DefaultValue("64") int maxNestingDepth) {

	JsonLimitsProperties {
		if (maxDocumentSize.toBytes() < 1 || maxNestingDepth < 1) {
			throw new IllegalArgumentException(
					"colophon.json limits must be positive, not " + maxDocumentSize + " and " + maxNestingDepth);
		}
	}

}
