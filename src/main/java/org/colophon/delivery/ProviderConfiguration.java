package org.colophon.delivery;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;

/**
 * The OAuth 2 clients for Dropbox (registration {@code dropbox}) and Google Drive
 * (registration {@code google}, scope {@code drive.file}), built from
 * {@link DeliveryProperties} so that only configured providers exist and their endpoints
 * can be pointed elsewhere; and the client manager the worker uses to get (and refresh) a
 * reader's token outside any request.
 */
@Configuration(proxyBeanMethods = false)
class ProviderConfiguration {

	/** Where a reader starts authorising a provider, followed by its registration id. */
	static final String AUTHORIZATION_BASE = "/oauth2/authorization";

	/** Where a provider sends the reader back, followed by its registration id. */
	static final String AUTHORISED_BASE = "/deliveries/authorised";

	static final String REDIRECT_URI = "{baseUrl}" + AUTHORISED_BASE + "/{registrationId}";

	@Bean
	ClientRegistrationRepository clientRegistrationRepository(DeliveryProperties properties) {
		Map<String, ClientRegistration> registrations = new LinkedHashMap<>();
		DeliveryProperties.Provider dropbox = properties.dropbox();
		if (dropbox.isConfigured()) {
			registrations.put("dropbox",
					ClientRegistration.withRegistrationId("dropbox")
						.clientName("Dropbox")
						.clientId(dropbox.clientId())
						.clientSecret(dropbox.clientSecret())
						.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
						.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
						.redirectUri(REDIRECT_URI)
						.authorizationUri(or(dropbox.authorizationUri(), "https://www.dropbox.com/oauth2/authorize"))
						.tokenUri(or(dropbox.tokenUri(), "https://api.dropboxapi.com/oauth2/token"))
						.build());
		}
		DeliveryProperties.Provider google = properties.google();
		if (google.isConfigured()) {
			registrations.put("google",
					ClientRegistration.withRegistrationId("google")
						.clientName("Google Drive")
						.clientId(google.clientId())
						.clientSecret(google.clientSecret())
						.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
						.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
						.redirectUri(REDIRECT_URI)
						.scope("https://www.googleapis.com/auth/drive.file")
						.authorizationUri(or(google.authorizationUri(), "https://accounts.google.com/o/oauth2/v2/auth"))
						.tokenUri(or(google.tokenUri(), "https://oauth2.googleapis.com/token"))
						.build());
		}
		return registrations::get;
	}

	/**
	 * Asks each provider for a refresh token: Dropbox with
	 * {@code token_access_type=offline}, Google with {@code access_type=offline} and a
	 * consent prompt; and only for a signed-in reader and a configured provider.
	 */
	@Bean
	OAuth2AuthorizationRequestResolver deliveryAuthorizationRequestResolver(
			ClientRegistrationRepository registrations) {
		DefaultOAuth2AuthorizationRequestResolver resolver = new DefaultOAuth2AuthorizationRequestResolver(
				registrations, AUTHORIZATION_BASE);
		resolver.setAuthorizationRequestCustomizer((request) -> request.attributes((attributes) -> {
			Object registrationId = attributes.get(OAuth2ParameterNames.REGISTRATION_ID);
			if ("dropbox".equals(registrationId)) {
				request.additionalParameters((parameters) -> parameters.put("token_access_type", "offline"));
			}
			else if ("google".equals(registrationId)) {
				request.additionalParameters((parameters) -> {
					parameters.put("access_type", "offline");
					parameters.put("prompt", "consent");
				});
			}
		}));
		return new SignedInAuthorizationRequests(resolver, registrations, AUTHORIZATION_BASE);
	}

	@Bean
	OAuth2AuthorizedClientManager deliveryClientManager(ClientRegistrationRepository registrations,
			OAuth2AuthorizedClientService clients, Clock clock) {
		AuthorizedClientServiceOAuth2AuthorizedClientManager manager = new AuthorizedClientServiceOAuth2AuthorizedClientManager(
				registrations, clients);
		manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
			.refreshToken((refresh) -> refresh.clock(clock))
			.build());
		return manager;
	}

	private static String or(String value, String fallback) {
		return (value == null || value.isBlank()) ? fallback : value;
	}

}
