package org.colophon.access;

import java.util.List;

import org.colophon.system.SecurityRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;

/**
 * The administration API and pages are for admins only, who call the API with HTTP Basic
 * or from a signed-in session.
 */
@Component
class AccessSecurityRules implements SecurityRules {

	private static final String ADMIN_API = "/api/admin/**";

	private static final String ADMIN_PAGES = "/admin";

	@Override
	public List<RequestMatcher> apiRequests() {
		return List.of(PathPatternRequestMatcher.withDefaults().matcher(ADMIN_API));
	}

	@Override
	public void applyTo(HttpSecurity http) {
		http.authorizeHttpRequests(
				(requests) -> requests.requestMatchers(ADMIN_API, ADMIN_PAGES, ADMIN_PAGES + "/**").hasRole("ADMIN"));
	}

}
