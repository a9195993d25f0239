package org.colophon.system;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The site's one security filter chain: each module's {@link SecurityRules} first, then
 * the cross-cutting defaults, namely CSRF on for every form (only stateless calls to the
 * modules' APIs go without, see {@link StatelessApiRequests}), a strict
 * Content-Security-Policy with no inline script or style, a Permissions-Policy that
 * denies every device feature, HSTS where configured, HTTP Basic with one challenge for
 * every module's API requests, the health check open and other actuator endpoints for
 * admins, and everything else readable by everyone (the access decision, not the filter
 * chain, guards full text).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HstsProperties.class)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, ObjectProvider<SecurityRules> modules,
			HstsProperties hsts) {
		BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();
		basic.setRealmName("Colophon");
		List<SecurityRules> rules = modules.orderedStream().toList();
		List<RequestMatcher> apis = rules.stream().flatMap((module) -> module.apiRequests().stream()).toList();
		// The Basic challenges go first, so that a module's catch-all entry point (its
		// log-in page) never shadows another module's API.
		http.exceptionHandling(
				(exceptions) -> apis.forEach((api) -> exceptions.defaultAuthenticationEntryPointFor(basic, api)));
		rules.forEach((module) -> module.applyTo(http));
		http.authorizeHttpRequests((requests) -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
			.permitAll()
			.requestMatchers("/actuator/**")
			.hasRole("ADMIN")
			.anyRequest()
			.permitAll())
			.httpBasic((httpBasic) -> httpBasic.authenticationEntryPoint(new ServiceAwareEntryPoint(basic)))
			.csrf((csrf) -> csrf.ignoringRequestMatchers(new StatelessApiRequests(apis)))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.permissionsPolicyHeader((permissions) -> permissions.policy(SecurityHeaders.PERMISSIONS_POLICY))
				.httpStrictTransportSecurity(SecurityHeaders.strictTransportSecurity(hsts)))
			.requestCache(Customizer.withDefaults());
		return http.build();
	}

}
