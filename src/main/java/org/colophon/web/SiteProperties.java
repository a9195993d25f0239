package org.colophon.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the site is published. Canonical links must be absolute; when {@code baseUrl} is blank they are built from
 * the request, which is only trustworthy behind a proxy when forwarded headers are configured.
 */
@ConfigurationProperties("colophon.site")
record SiteProperties(String baseUrl) {

	boolean hasBaseUrl() {
		return this.baseUrl != null && !this.baseUrl.isBlank();
	}

}
