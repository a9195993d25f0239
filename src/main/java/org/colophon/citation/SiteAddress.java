package org.colophon.citation;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The absolute base URL that canonical links, exports and harvesting interfaces are built
 * on.
 */
@Component
public class SiteAddress {

	private final String configured;

	SiteAddress(SiteProperties properties) {
		String base = properties.baseUrl();
		this.configured = (base == null || base.isBlank()) ? null : base.strip().replaceAll("/+$", "");
	}

	/**
	 * The configured {@code colophon.site.base-url}, else the scheme, host and context
	 * path of the request being served; never ends with a slash.
	 */
	public String baseUrl() {
		if (this.configured != null) {
			return this.configured;
		}
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString().replaceAll("/+$", "");
	}

}
