package org.colophon.citation;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The absolute base URL that canonical links, exports and harvesting interfaces are built
 * on: the configured {@code colophon.site.base-url}, never the address a request names.
 */
@Component
public class SiteAddress {

	private static final Logger logger = LoggerFactory.getLogger(SiteAddress.class);

	private final String configured;

	private final String contextPath;

	/**
	 * Where this server answers on the machine it runs on, for when no base URL is
	 * configured; the port is the real one once the server has started.
	 */
	private volatile String local;

	SiteAddress(SiteProperties properties, Environment environment) {
		this.configured = configured(properties.baseUrl());
		this.contextPath = environment.getProperty("server.servlet.context-path", "").replaceAll("/+$", "");
		this.local = local(environment.getProperty("server.port", Integer.class, 8080));
		if (this.configured == null) {
			// The Host header cannot stand in: anyone can send one, and what it names
			// would
			// end up in site maps, harvested records and cached pages.
			logger.warn("colophon.site.base-url is not set, so canonical links, the site map, OAI-PMH and exports "
					+ "point at http://localhost on this server's port; set it (COLOPHON_SITE_BASE_URL) to the "
					+ "site's public address, e.g. https://books.example.org");
		}
	}

	/**
	 * The configured {@code colophon.site.base-url}, else {@code http://localhost} on the
	 * server's port and context path; never ends with a slash.
	 */
	public String baseUrl() {
		return (this.configured != null) ? this.configured : this.local;
	}

	@EventListener
	void serverStarted(WebServerInitializedEvent event) {
		// A separate management server announces itself too, in its own namespace.
		if (event.getApplicationContext().getServerNamespace() == null) {
			this.local = local(event.getWebServer().getPort());
		}
	}

	private String local(int port) {
		return "http://localhost:" + port + this.contextPath;
	}

	private static String configured(String baseUrl) {
		if (baseUrl == null || baseUrl.isBlank()) {
			return null;
		}
		String base = baseUrl.strip().replaceAll("/+$", "");
		try {
			URI uri = new URI(base);
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && uri.getQuery() == null
					&& uri.getFragment() == null && uri.getUserInfo() == null) {
				return base;
			}
		}
		catch (URISyntaxException ex) {
			// reported below
		}
		throw new IllegalStateException(
				"colophon.site.base-url must be an absolute http or https address without query or fragment, such "
						+ "as https://books.example.org; it is '" + baseUrl + "'");
	}

}
