package org.colophon.ingest;

import org.colophon.system.SecurityRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.stereotype.Component;

/**
 * The ingest report (what each seed file gave) is readable by everyone, unlike the other
 * actuator endpoints.
 */
@Component
class IngestSecurityRules implements SecurityRules {

	@Override
	public void applyTo(HttpSecurity http) {
		http.authorizeHttpRequests((requests) -> requests.requestMatchers("/actuator/ingest").permitAll());
	}

}
