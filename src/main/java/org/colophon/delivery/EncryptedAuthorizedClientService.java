package org.colophon.delivery;

import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

import org.colophon.account.ReaderPrincipal;
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
 * <p>
 * An authorisation belongs to the reader's id, not to the log-in name Spring Security
 * would use: an e-mail address passes to whoever signs up with it once the account is
 * deleted, an id never does (and the tokens are deleted with the reader). So the
 * principal name this service is asked by is the reader's id in decimal, as the worker
 * gives it; a signed-in reader's id is read from their {@link ReaderPrincipal}.
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

	/**
	 * The principal name under which a reader's authorisations are asked for.
	 */
	static String principalName(Long readerId) {
		return readerId.toString();
	}

	@Override
	@Transactional(readOnly = true)
	@SuppressWarnings("unchecked")
	public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(String registrationId, String principalName) {
		ClientRegistration registration = this.registrations.findByRegistrationId(registrationId);
		Long readerId = readerId(principalName);
		if (registration == null || readerId == null) {
			return null;
		}
		return (T) this.tokens.findByRegistrationIdAndReaderId(registrationId, readerId)
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

	/**
	 * Stores the authorisation for the signed-in reader (after the provider's redirect)
	 * or for the reader the worker named (after a refresh).
	 * @throws IllegalArgumentException when the principal is not a reader
	 */
	@Override
	@Transactional
	public void saveAuthorizedClient(OAuth2AuthorizedClient client, Authentication principal) {
		Long readerId = (principal.getPrincipal() instanceof ReaderPrincipal reader) ? reader.id()
				: readerId(principal.getName());
		if (readerId == null) {
			throw new IllegalArgumentException("Only a reader can authorise a provider");
		}
		String registrationId = client.getClientRegistration().getRegistrationId();
		ProviderToken token = this.tokens.findByRegistrationIdAndReaderId(registrationId, readerId)
			.orElseGet(() -> new ProviderToken(registrationId, readerId));
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
		Long readerId = readerId(principalName);
		if (readerId != null) {
			this.tokens.deleteByRegistrationIdAndReaderId(registrationId, readerId);
		}
	}

	/**
	 * The reader's id from a principal name, {@code null} for a name that is not one
	 * (such as a log-in name), which has no authorisation.
	 */
	private static Long readerId(String principalName) {
		try {
			return Long.valueOf(principalName);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
