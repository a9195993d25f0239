package org.colophon.delivery;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;

/**
 * Starts a provider's authorisation only for a signed-in reader and a configured
 * provider. Spring Security's filter for {@code /oauth2/authorization/{id}} runs before
 * any access rule: left alone, it sends anonymous visitors on to the provider (to come
 * back to a log-in page) and answers an unknown provider with a bare 500. Declining here
 * lets the request go on, so that anonymous visitors are asked to log in and an unknown
 * provider is a 404 page.
 */
class SignedInAuthorizationRequests implements OAuth2AuthorizationRequestResolver {

	private static final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

	private final OAuth2AuthorizationRequestResolver resolver;

	private final ClientRegistrationRepository registrations;

	private final String base;

	SignedInAuthorizationRequests(OAuth2AuthorizationRequestResolver resolver,
			ClientRegistrationRepository registrations, String base) {
		this.resolver = resolver;
		this.registrations = registrations;
		this.base = base + "/";
	}

	@Override
	public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!path.startsWith(this.base)) {
			return null;
		}
		return resolve(request, path.substring(this.base.length()));
	}

	@Override
	public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String registrationId) {
		if (!trust.isAuthenticated(SecurityContextHolder.getContext().getAuthentication())
				|| this.registrations.findByRegistrationId(registrationId) == null) {
			return null;
		}
		return this.resolver.resolve(request, registrationId);
	}

}
