package org.colophon.web;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.colophon.access.IpAddresses;
import org.colophon.access.Viewer;
import org.colophon.account.ReaderPrincipal;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Tells a handler who is asking: a {@link Viewer} parameter gets the connection's address
 * as the server resolved it (forwarded headers count only from trusted proxies, see
 * {@code RemoteAddressConfiguration}) and the signed-in reader, a {@link SessionKey}
 * parameter the visitor's key for the day.
 */
class ViewerArgumentResolver implements HandlerMethodArgumentResolver {

	private final Clock clock;

	ViewerArgumentResolver(Clock clock) {
		this.clock = clock;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		Class<?> type = parameter.getParameterType();
		return type == Viewer.class || type == SessionKey.class;
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
		if (parameter.getParameterType() == SessionKey.class) {
			return sessionKey(request);
		}
		return new Viewer(currentReaderId(), addressOf(request));
	}

	private SessionKey sessionKey(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		String visitor = (session != null) ? session.getId()
				: request.getRemoteAddr() + "|" + request.getHeader("User-Agent");
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256")
				.digest((visitor + "|" + LocalDate.now(this.clock)).getBytes(StandardCharsets.UTF_8));
			return new SessionKey(HexFormat.of().formatHex(hash, 0, 16));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required by every Java platform", ex);
		}
	}

	private static Long currentReaderId() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof ReaderPrincipal reader) {
			return reader.id();
		}
		return null;
	}

	/**
	 * The address as a literal, never looked up: Tomcat gives the connection's address
	 * or, through the trusted-proxy valves, a forwarded one they have checked is a
	 * literal.
	 */
	private static InetAddress addressOf(HttpServletRequest request) {
		String address = request.getRemoteAddr();
		return IpAddresses.parse(address)
			.orElseThrow(
					() -> new IllegalStateException("The container gave an address that is not a literal: " + address));
	}

}
