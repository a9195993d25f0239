package org.colophon.access;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Access settings: the proxies whose forwarded-address headers are believed (CIDR ranges;
 * none by default) and where the purchase option leads.
 */
@ConfigurationProperties("colophon.access")
public record AccessProperties(@DefaultValue List<String> trustedProxies, String purchaseUrl) {

	public AccessProperties {
		trustedProxies = List.copyOf(trustedProxies);
	}

}
