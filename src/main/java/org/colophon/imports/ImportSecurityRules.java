package org.colophon.imports;

import java.util.List;

import org.colophon.links.Links;
import org.colophon.system.SecurityRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;

/**
 * Imports are for admins only, with HTTP Basic or from a signed-in session.
 */
@Component
class ImportSecurityRules implements SecurityRules {

	private static final String IMPORTS = Links.API_IMPORTS + "/**";

	@Override
	public List<RequestMatcher> apiRequests() {
		return List.of(PathPatternRequestMatcher.withDefaults().matcher(Links.API_IMPORTS),
				PathPatternRequestMatcher.withDefaults().matcher(IMPORTS));
	}

	@Override
	public void applyTo(HttpSecurity http) {
		http.authorizeHttpRequests((requests) -> requests.requestMatchers(Links.API_IMPORTS, IMPORTS).hasRole("ADMIN"));
	}

}
