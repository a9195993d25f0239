package org.colophon.system;

import java.util.List;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The security rules one module declares for the requests it serves, which the site's one
 * filter chain applies before its own defaults.
 * <p>
 * Each module contributes a bean of this type from its own package, so the rules sit next
 * to the handlers they protect and {@code system} knows no feature URL. The chain takes
 * the beans in {@link org.springframework.core.annotation.Order order}; modules' rules
 * should not overlap, and where they do they must agree. This is deliberately not a
 * {@code Customizer<HttpSecurity>} bean, which Spring Security would apply to every chain
 * on its own, out of sight of the order in which the defaults follow.
 */
public interface SecurityRules {

	/**
	 * The requests of this module that programs send rather than browsers: an
	 * unauthenticated one is answered 401 with the site's HTTP Basic challenge instead of
	 * being sent to a log-in page, and one that brings its own credentials needs no CSRF
	 * token when no cross-site form could have sent it (JSON, or a method forms do not
	 * have). None unless overridden.
	 */
	default List<RequestMatcher> apiRequests() {
		return List.of();
	}

	/**
	 * Adds this module's rules: authorisation matchers (tried before the site's own,
	 * which end by letting everyone read everything else), CSRF exemptions, a log-in page
	 * with its entry point, an OAuth 2 client. Must not close the authorisation rules
	 * with {@code anyRequest()}; the site does that last.
	 */
	void applyTo(HttpSecurity http);

}
