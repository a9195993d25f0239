package org.colophon.counter;

import java.util.List;

import org.colophon.system.SecurityRules;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The SUSHI API is open to every caller at the door, since harvesters bring their
 * credentials as parameters, which the API checks itself; the tabular reports are for
 * platform admins, and an institution's also for whoever {@link CustomerAccess} lets read
 * it (its own administrators).
 */
@Component
class CounterSecurityRules implements SecurityRules {

	private static final String SUSHI = "/sushi/r51/**";

	private static final String INSTITUTION_DOWNLOADS = "/counter/institutions/{id}/**";

	private static final String DOWNLOADS = "/counter/**";

	private static final String ADMIN = "ROLE_ADMIN";

	private final List<CustomerAccess> access;

	CounterSecurityRules(List<CustomerAccess> access) {
		this.access = access;
	}

	@Override
	public void applyTo(HttpSecurity http) {
		http.authorizeHttpRequests((requests) -> requests.requestMatchers(SUSHI)
			.permitAll()
			.requestMatchers(INSTITUTION_DOWNLOADS)
			.access((authentication, context) -> new AuthorizationDecision(
					mayRead(authentication.get(), context.getVariables().get("id"))))
			.requestMatchers(DOWNLOADS)
			.hasRole("ADMIN"));
	}

	private boolean mayRead(Authentication caller, String institutionId) {
		if (caller == null || !caller.isAuthenticated() || caller instanceof AnonymousAuthenticationToken) {
			return false;
		}
		if (caller.getAuthorities().stream().anyMatch((authority) -> ADMIN.equals(authority.getAuthority()))) {
			return true;
		}
		try {
			long id = Long.parseLong(institutionId);
			return this.access.stream().anyMatch((rule) -> rule.mayRead(caller, id));
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

}
