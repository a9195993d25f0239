package org.colophon.web;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Gives the JSON API's answers and the citation exports an {@code ETag} computed from
 * their bytes, and answers a conditional request that still matches with
 * {@code 304 Not Modified}, so a harvester or a reference manager polling a record
 * downloads it only when it changed. They may be stored by the client but must be
 * revalidated ({@code private, no-cache}): some depend on who asks. Only answers of a
 * bounded size pass here; the admin API, imports and the streamed title lists and record
 * files are left alone.
 */
class ConditionalAnswersFilter extends ShallowEtagHeaderFilter {

	private static final Pattern ANSWERS = Pattern.compile("/api/(?!admin/)[^?]*|/chapters/[^/]+/[^/]+/cite\\.[a-z]+");

	private static final String REVALIDATE = CacheControl.noCache().cachePrivate().getHeaderValue();

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		return !("GET".equals(method) || "HEAD".equals(method))
				|| !ANSWERS.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader(HttpHeaders.CACHE_CONTROL, REVALIDATE);
		super.doFilterInternal(request, response, chain);
	}

}
