package org.colophon.ingest;

import java.util.List;

import org.colophon.system.SecurityRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;

/**
 * The ingest report names every seed file and what went wrong with it, so it is for
 * admins only, who call it with HTTP Basic as they call the admin API.
 */
@Component
class IngestSecurityRules implements SecurityRules {

	private static final String INGEST_REPORT = "/actuator/ingest";

	@Override
	public List<RequestMatcher> apiRequests() {
		return List.of(PathPatternRequestMatcher.withDefaults().matcher(INGEST_REPORT));
	}

	@Override
	public void applyTo(HttpSecurity http) {
		http.authorizeHttpRequests((requests) -> requests.requestMatchers(INGEST_REPORT).hasRole("ADMIN"));
	}

}
