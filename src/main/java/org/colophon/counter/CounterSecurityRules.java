package org.colophon.counter;

import org.colophon.system.SecurityRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.stereotype.Component;

/**
 * The SUSHI API is open to every caller at the door, since harvesters bring their
 * credentials as parameters, which the API checks itself; the tabular reports are for
 * platform admins.
 */
@Component
class CounterSecurityRules implements SecurityRules {

	private static final String SUSHI = "/sushi/r51/**";

	private static final String DOWNLOADS = "/counter/**";

	@Override
	public void applyTo(HttpSecurity http) {
		http.authorizeHttpRequests(
				(requests) -> requests.requestMatchers(SUSHI).permitAll().requestMatchers(DOWNLOADS).hasRole("ADMIN"));
	}

}
