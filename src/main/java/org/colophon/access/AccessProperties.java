package org.colophon.access;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Access settings: the proxies whose forwarded-address headers are believed (CIDR ranges; none by
 * default), where the purchase option leads, and how many failed log-ins are tolerated.
 */
@ConfigurationProperties("colophon.access")
public record AccessProperties(@DefaultValue List<String> trustedProxies, String purchaseUrl,
		@DefaultValue("5") int maxFailedLogins, @DefaultValue("15m") Duration loginLockout) {

	public AccessProperties {
		trustedProxies = List.copyOf(trustedProxies);
	}

}
