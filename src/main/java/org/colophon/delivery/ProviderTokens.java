package org.colophon.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.security.oauth2.client.ClientAuthorizationException;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.stereotype.Component;

/**
 * A reader's current access token at a provider for the worker: refreshed when it has
 * expired, and refreshed once on demand when the provider answers 401; when that is
 * impossible, the reader must authorise again.
 */
@Component
class ProviderTokens {

	private final OAuth2AuthorizedClientManager manager;

	private final OAuth2AuthorizedClientService clients;

	private final Clock clock;

	ProviderTokens(OAuth2AuthorizedClientManager deliveryClientManager, OAuth2AuthorizedClientService clients,
			Clock clock) {
		this.manager = deliveryClientManager;
		this.clients = clients;
		this.clock = clock;
	}

	/**
	 * Whether the reader has authorised the provider.
	 */
	boolean isAuthorised(SaveDestination service, Long readerId) {
		return this.clients.loadAuthorizedClient(service.registrationId(),
				EncryptedAuthorizedClientService.principalName(readerId)) != null;
	}

	String current(SaveDestination service, Long readerId) throws DeliveryFailure {
		String principalName = EncryptedAuthorizedClientService.principalName(readerId);
		try {
			OAuth2AuthorizedClient client = this.manager
				.authorize(OAuth2AuthorizeRequest.withClientRegistrationId(service.registrationId())
					.principal(principalName)
					.build());
			if (client == null) {
				throw DeliveryFailure.authorisation("Colophon is not authorised to save to your account");
			}
			return client.getAccessToken().getTokenValue();
		}
		catch (ClientAuthorizationException ex) {
			throw DeliveryFailure.authorisation("The authorisation has expired; please authorise Colophon again");
		}
		catch (OAuth2AuthorizationException ex) {
			throw new DeliveryFailure(DeliveryFailure.Kind.TRANSIENT, "The provider could not renew the authorisation",
					ex);
		}
	}

	/**
	 * A new access token from the refresh token, after the provider refused the current
	 * one.
	 */
	String refreshed(SaveDestination service, Long readerId) throws DeliveryFailure {
		String principalName = EncryptedAuthorizedClientService.principalName(readerId);
		OAuth2AuthorizedClient stored = this.clients.loadAuthorizedClient(service.registrationId(), principalName);
		if (stored == null || stored.getRefreshToken() == null) {
			this.clients.removeAuthorizedClient(service.registrationId(), principalName);
			throw DeliveryFailure.authorisation("The authorisation was refused; please authorise Colophon again");
		}
		Instant now = this.clock.instant();
		OAuth2AccessToken old = stored.getAccessToken();
		OAuth2AccessToken expired = new OAuth2AccessToken(old.getTokenType(), old.getTokenValue(),
				now.minus(Duration.ofHours(2)), now.minus(Duration.ofHours(1)), old.getScopes());
		OAuth2AuthorizedClient stale = new OAuth2AuthorizedClient(stored.getClientRegistration(), principalName,
				expired, stored.getRefreshToken());
		try {
			OAuth2AuthorizedClient renewed = this.manager
				.authorize(OAuth2AuthorizeRequest.withAuthorizedClient(stale).principal(principalName).build());
			if (renewed == null || renewed.getAccessToken().getTokenValue().equals(old.getTokenValue())) {
				throw DeliveryFailure.authorisation("The authorisation could not be renewed; please authorise again");
			}
			return renewed.getAccessToken().getTokenValue();
		}
		catch (ClientAuthorizationException ex) {
			throw DeliveryFailure.authorisation("The authorisation has expired; please authorise Colophon again");
		}
		catch (OAuth2AuthorizationException ex) {
			throw new DeliveryFailure(DeliveryFailure.Kind.TRANSIENT, "The provider could not renew the authorisation",
					ex);
		}
	}

}
