package org.colophon.system;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;

/**
 * The response headers beyond the Content-Security-Policy that the filter chain sets on
 * every answer: what the browser may let pages use, and whether to insist on HTTPS.
 */
final class SecurityHeaders {

	/**
	 * No page uses a device sensor, the camera or microphone, location, payment or USB,
	 * and the site opts out of interest-based advertising topics; denying them all means
	 * that injected or third-party script cannot ask the reader for them either.
	 */
	static final String PERMISSIONS_POLICY = "accelerometer=(), browsing-topics=(), camera=(), display-capture=(), "
			+ "geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=()";

	private SecurityHeaders() {
	}

	static Customizer<HeadersConfigurer<HttpSecurity>.HstsConfig> strictTransportSecurity(HstsProperties properties) {
		return (hsts) -> {
			if (!properties.enabled()) {
				hsts.disable();
				return;
			}
			hsts.maxAgeInSeconds(properties.maxAge().toSeconds())
				.includeSubDomains(properties.includeSubdomains())
				.preload(properties.preload());
		};
	}

}
