package org.colophon.citation;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the site is published; without a base URL, absolute links are made from the
 * current request.
 */
@ConfigurationProperties("colophon.site")
record SiteProperties(String baseUrl) {
}
