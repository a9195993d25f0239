package org.colophon.system;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Security defaults: CSRF on for browsers, a strict Content-Security-Policy with no
 * inline script or style, form log-in for pages and HTTP Basic for the API, the
 * administration API for admins only, saving and deliveries for signed-in readers (with
 * the OAuth 2 client flow for the storage providers), and everything else readable by
 * everyone (the access decision, not the filter chain, guards full text).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	private static final RequestMatcher API = (request) -> request.getRequestURI()
		.startsWith(request.getContextPath() + "/api/");

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http,
			OAuth2AuthorizationRequestResolver authorizationRequests) {
		BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();
		basic.setRealmName("Colophon");
		http.authorizeHttpRequests((requests) -> requests.requestMatchers("/api/admin/**")
			.hasRole("ADMIN")
			.requestMatchers(HttpMethod.POST, "/chapters/*/*/save/*", "/api/chapters/*/deliveries")
			.authenticated()
			.requestMatchers("/deliveries", "/deliveries/**", "/api/deliveries", "/api/deliveries/**",
					"/oauth2/authorization/**")
			.authenticated()
			.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/ingest")
			.permitAll()
			.requestMatchers("/actuator/**")
			.hasRole("ADMIN")
			.anyRequest()
			.permitAll())
			.formLogin((form) -> form.loginPage("/login").successHandler(continueAware()).permitAll())
			.httpBasic((httpBasic) -> httpBasic.authenticationEntryPoint(basic))
			.oauth2Client((client) -> client
				.authorizationCodeGrant((grant) -> grant.authorizationRequestResolver(authorizationRequests)))
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut"))
			// Basic-authenticated API calls carry no cookie a forged form could ride on;
			// OAI-PMH harvesters
			// may POST their (read-only) requests as forms without a session or token.
			.csrf((csrf) -> csrf.ignoringRequestMatchers((request) -> request.getHeader("Authorization") != null,
					PathPatternRequestMatcher.withDefaults().matcher("/oai")))
			.exceptionHandling((exceptions) -> exceptions.defaultAuthenticationEntryPointFor(basic, API)
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), (request) -> true))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
			.requestCache(Customizer.withDefaults());
		return http.build();
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
					Authentication authentication) throws IOException, jakarta.servlet.ServletException {
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
