package org.colophon.delivery;

import org.colophon.system.SecurityRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.stereotype.Component;

/**
 * The OAuth 2 client flow for Dropbox and Google Drive: a reader authorises a provider
 * for their own account, so both its start and the provider's redirect back need a
 * signed-in reader.
 */
@Component
class DeliverySecurityRules implements SecurityRules {

	private final OAuth2AuthorizationRequestResolver authorizationRequests;

	DeliverySecurityRules(OAuth2AuthorizationRequestResolver authorizationRequests) {
		this.authorizationRequests = authorizationRequests;
	}

	@Override
	public void applyTo(HttpSecurity http) {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers(ProviderConfiguration.AUTHORIZATION_BASE + "/**",
					ProviderConfiguration.AUTHORISED_BASE + "/*")
			.authenticated())
			.oauth2Client((client) -> client
				.authorizationCodeGrant((grant) -> grant.authorizationRequestResolver(this.authorizationRequests)));
	}

}
