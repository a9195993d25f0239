package org.colophon.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * HTTP Strict Transport Security: off unless the site is served only over HTTPS (the
 * {@code prod} profile turns it on), because a browser that has seen the header refuses
 * plain HTTP to the host, and with {@code includeSubdomains} to every subdomain, for the
 * whole {@code maxAge}. Spring Security sends it on secure requests only.
 */
@ConfigurationProperties("colophon.security.hsts")
record HstsProperties(@DefaultValue("false") boolean enabled, @DefaultValue("365d") Duration maxAge,
		@DefaultValue("false") boolean includeSubdomains, @DefaultValue("false") boolean preload) {

	HstsProperties {
		if (maxAge.isNegative()) {
			throw new IllegalArgumentException("colophon.security.hsts.max-age must not be negative, not " + maxAge);
		}
	}

}
