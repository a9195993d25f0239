package org.colophon.citation;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the site is published: the absolute base URL of its links, which production sites
 * must set (without it, links point at localhost).
 */
@ConfigurationProperties("colophon.site")
record SiteProperties(String baseUrl) {
}
