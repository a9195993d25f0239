package org.colophon.system;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id, puts it in the logging context as {@code requestId} and
 * answers it in the {@code X-Request-Id} header, so that a reader's report, the proxy's
 * access log and the application's log lines can be matched.
 * <p>
 * An id that a proxy in front already assigned is kept when it is short and made of safe
 * characters; anything else is replaced, because the value goes into every log line and
 * back out in a header, where a long or odd one could forge log entries or bloat each
 * line.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdFilter extends OncePerRequestFilter {

	static final String HEADER = "X-Request-Id";

	static final String MDC_KEY = "requestId";

	private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

	// Kept on the request so that an error dispatch logs under the same id.
	private static final String ATTRIBUTE = RequestIdFilter.class.getName() + ".id";

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String id = requestId(request);
		request.setAttribute(ATTRIBUTE, id);
		response.setHeader(HEADER, id);
		MDC.put(MDC_KEY, id);
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove(MDC_KEY);
		}
	}

	private static String requestId(HttpServletRequest request) {
		if (request.getAttribute(ATTRIBUTE) instanceof String id) {
			return id;
		}
		String incoming = request.getHeader(HEADER);
		return (incoming != null && SAFE.matcher(incoming).matches()) ? incoming : UUID.randomUUID().toString();
	}

}
