package org.colophon.access;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the {@code demo} profile sets up: an institution on the given address ranges
 * entitled to the given publications, and a reader with a personal entitlement to them.
 */
@ConfigurationProperties("colophon.demo")
record DemoProperties(@DefaultValue List<String> publicationIds, @DefaultValue List<String> institutionRanges,
		@DefaultValue("reader@demo.colophon.example") String readerEmail, String readerPassword) {

	@Override
	public String toString() {
		return "DemoProperties[publicationIds=" + this.publicationIds + "]";
	}

}
