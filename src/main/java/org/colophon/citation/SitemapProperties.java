package org.colophon.citation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the site map under {@code colophon.sitemap}.
 *
 * @param urlsPerFile the most addresses one site map file holds (the protocol allows at
 * most 50,000)
 */
@ConfigurationProperties("colophon.sitemap")
record SitemapProperties(@DefaultValue("50000") int urlsPerFile) {

	SitemapProperties {
		if (urlsPerFile < 1 || urlsPerFile > 50_000) {
			throw new IllegalArgumentException("colophon.sitemap.urls-per-file must be between 1 and 50000");
		}
	}

}
