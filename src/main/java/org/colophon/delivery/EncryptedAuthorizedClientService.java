package org.colophon.delivery;

import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps readers' provider authorisations in the database, encrypted, so that the delivery
 * worker can use them later, after a restart too. Tokens never reach a log.
 */
@Component
class EncryptedAuthorizedClientService implements OAuth2AuthorizedClientService {

	private static final Logger logger = LoggerFactory.getLogger(EncryptedAuthorizedClientService.class);

	private final ProviderTokenRepository tokens;

	private final ClientRegistrationRepository registrations;

	private final TokenCipher cipher;

	private final Clock clock;

	EncryptedAuthorizedClientService(ProviderTokenRepository tokens, ClientRegistrationRepository registrations,
			TokenCipher cipher, Clock clock) {
		this.tokens = tokens;
		this.registrations = registrations;
		this.cipher = cipher;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	@SuppressWarnings("unchecked")
	public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(String registrationId, String principalName) {
		ClientRegistration registration = this.registrations.findByRegistrationId(registrationId);
		if (registration == null) {
			return null;
		}
		return (T) this.tokens.findByRegistrationIdAndPrincipalName(registrationId, principalName)
			.map((token) -> toClient(registration, principalName, token))
			.orElse(null);
	}

	private OAuth2AuthorizedClient toClient(ClientRegistration registration, String principalName,
			ProviderToken token) {
		try {
			Set<String> scopes = (token.getScopes() == null || token.getScopes().isBlank()) ? Set.of()
					: new LinkedHashSet<>(Arrays.asList(token.getScopes().split(" ")));
			OAuth2AccessToken access = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER,
					this.cipher.decrypt(token.getAccessToken()), token.getAccessIssuedAt(), token.getAccessExpiresAt(),
					scopes);
			OAuth2RefreshToken refresh = (token.getRefreshToken() != null)
					? new OAuth2RefreshToken(this.cipher.decrypt(token.getRefreshToken()), null) : null;
			return new OAuth2AuthorizedClient(registration, principalName, access, refresh);
		}
		catch (IllegalStateException ex) {
			logger.warn("The {} authorisation of a reader cannot be read and must be given again",
					registration.getRegistrationId());
			return null;
		}
	}

	@Override
	@Transactional
	public void saveAuthorizedClient(OAuth2AuthorizedClient client, Authentication principal) {
		String registrationId = client.getClientRegistration().getRegistrationId();
		ProviderToken token = this.tokens.findByRegistrationIdAndPrincipalName(registrationId, principal.getName())
			.orElseGet(() -> new ProviderToken(registrationId, principal.getName()));
		OAuth2AccessToken access = client.getAccessToken();
		OAuth2RefreshToken refresh = client.getRefreshToken();
		token.store(this.cipher.encrypt(access.getTokenValue()), access.getIssuedAt(), access.getExpiresAt(),
				(refresh != null) ? this.cipher.encrypt(refresh.getTokenValue()) : null,
				String.join(" ", access.getScopes()), this.clock.instant());
		this.tokens.save(token);
	}

	@Override
	@Transactional
	public void removeAuthorizedClient(String registrationId, String principalName) {
		this.tokens.deleteByRegistrationIdAndPrincipalName(registrationId, principalName);
	}

}
