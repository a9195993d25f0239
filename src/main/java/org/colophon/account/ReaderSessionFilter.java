package org.colophon.account;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs a session out on its next request once its reader's account is deleted or has
 * another role, so that nobody keeps rights in a session begun before they lost them.
 * <p>
 * It runs as soon as the session's sign-in is loaded, before any other log-in is tried,
 * so it checks only sessions: an HTTP Basic request looks the account up afresh anyway.
 * One look-up by primary key per signed-in request is the price of taking effect at once
 * on every instance, with no shared session registry.
 */
class ReaderSessionFilter extends OncePerRequestFilter {

	private final ReaderService readers;

	private final SecurityContextLogoutHandler logout = new SecurityContextLogoutHandler();

	ReaderSessionFilter(ReaderService readers) {
		this.readers = readers;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof ReaderPrincipal reader
				&& !this.readers.holds(reader)) {
			this.logout.logout(request, response, authentication);
		}
		chain.doFilter(request, response);
	}

}
