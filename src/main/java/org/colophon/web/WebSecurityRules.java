package org.colophon.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.colophon.system.LocalPaths;
import org.colophon.system.SecurityRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;

/**
 * Saving and deliveries, on the pages and in the JSON API, are for signed-in readers; the
 * API answers with the HTTP Basic challenge, every page with the log-in page, which signs
 * in through the form at {@code /login} and out at {@code /logout}.
 */
@Component
class WebSecurityRules implements SecurityRules {

	private static final RequestMatcher API = (request) -> request.getRequestURI()
		.startsWith(request.getContextPath() + "/api/");

	@Override
	public List<RequestMatcher> apiRequests() {
		return List.of(API);
	}

	@Override
	public void applyTo(HttpSecurity http) {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers(HttpMethod.POST, "/chapters/*/*/save/*", "/api/chapters/*/deliveries")
			.authenticated()
			.requestMatchers("/deliveries", "/deliveries/**", "/api/deliveries", "/api/deliveries/**")
			.authenticated())
			.formLogin((form) -> form.loginPage("/login").successHandler(continueAware()).permitAll())
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut"))
			.exceptionHandling((exceptions) -> exceptions.defaultAuthenticationEntryPointFor(
					new LoginUrlAuthenticationEntryPoint("/login"), AnyRequestMatcher.INSTANCE));
	}

	/**
	 * After log-in, goes back to the page named by the form's {@code continue} field when
	 * it is a path on this site, else to the page that asked for log-in, else home. Never
	 * to another site.
	 */
	private static AuthenticationSuccessHandler continueAware() {
		SavedRequestAwareAuthenticationSuccessHandler saved = new SavedRequestAwareAuthenticationSuccessHandler();
		return new AuthenticationSuccessHandler() {
			@Override
			public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
					Authentication authentication) throws IOException, ServletException {
				String target = request.getParameter("continue");
				if (LocalPaths.isLocal(target)) {
					response.sendRedirect(request.getContextPath() + target);
				}
				else {
					saved.onAuthenticationSuccess(request, response, authentication);
				}
			}
		};
	}

}
