package org.colophon.citation;

import org.colophon.system.SecurityRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.stereotype.Component;

/**
 * OAI-PMH harvesters may POST their read-only requests as forms, without a session or a
 * CSRF token; everything else here is open to everyone by the site's default.
 */
@Component
class CitationSecurityRules implements SecurityRules {

	@Override
	public void applyTo(HttpSecurity http) {
		http.csrf((csrf) -> csrf.ignoringRequestMatchers(PathPatternRequestMatcher.withDefaults().matcher("/oai")));
	}

}
