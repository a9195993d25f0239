package org.colophon.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The rendered-page cache: whether it is on, how many bytes of pages (plain and
 * compressed) it keeps, and how long a browser or shared cache may keep a page that is
 * the same for every visitor.
 */
@ConfigurationProperties("colophon.pages")
record PageCacheProperties(@DefaultValue("true") boolean cache, @DefaultValue("64MB") DataSize cacheSize,
		@DefaultValue("60s") Duration sharedMaxAge) {

	PageCacheProperties {
		if (cacheSize.toBytes() < 1) {
			throw new IllegalArgumentException("colophon.pages.cache-size must be positive");
		}
		if (sharedMaxAge.isNegative()) {
			throw new IllegalArgumentException("colophon.pages.shared-max-age must not be negative");
		}
	}

}
