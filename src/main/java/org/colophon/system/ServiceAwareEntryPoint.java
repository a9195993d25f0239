package org.colophon.system;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Tells a caller whose credentials could not be checked (the account store, usually the
 * database, did not answer) to come back later, with 503 and {@code Retry-After}, instead
 * of challenging them again as if the credentials were wrong; any other failure goes to
 * the challenge.
 */
final class ServiceAwareEntryPoint implements AuthenticationEntryPoint {

	private static final String RETRY_AFTER_SECONDS = "10";

	private static final String PROBLEM = "{\"type\":\"about:blank\",\"title\":\"Service unavailable\",\"status\":503,"
			+ "\"detail\":\"Your credentials could not be checked just now; please try again shortly.\"}";

	private final AuthenticationEntryPoint challenge;

	ServiceAwareEntryPoint(AuthenticationEntryPoint challenge) {
		this.challenge = challenge;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException, ServletException {
		if (authException instanceof InternalAuthenticationServiceException) {
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.getWriter().write(PROBLEM);
			return;
		}
		this.challenge.commence(request, response, authException);
	}

}
