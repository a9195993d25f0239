package org.colophon.library;

import java.util.List;

import org.colophon.links.Links;
import org.colophon.system.SecurityRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;

/**
 * The platform's title lists and records are open to everyone; an institution's are for
 * signed-in admins and institution administrators (which institution, the
 * {@link InstitutionGuard} decides), who library systems let fetch them with HTTP Basic.
 * The institution's own page is for its administrators.
 */
@Component
class LibrarySecurityRules implements SecurityRules {

	private static final String[] INSTITUTION_FILES = { "/kbart/institutions/**", "/marc/institutions/**" };

	@Override
	public List<RequestMatcher> apiRequests() {
		return List.of(PathPatternRequestMatcher.withDefaults().matcher(INSTITUTION_FILES[0]),
				PathPatternRequestMatcher.withDefaults().matcher(INSTITUTION_FILES[1]));
	}

	@Override
	public void applyTo(HttpSecurity http) {
		http.authorizeHttpRequests(
				(requests) -> requests.requestMatchers(INSTITUTION_FILES).hasAnyRole("ADMIN", "INSTITUTION_ADMIN"));
	}

}
