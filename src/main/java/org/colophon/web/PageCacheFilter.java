package org.colophon.web;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.colophon.access.AccessService;
import org.colophon.access.IpAddresses;
import org.colophon.access.Viewer;
import org.colophon.system.PageVersions;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves chapter and book pages to anonymous visitors from rendered copies.
 * <p>
 * A copy is kept per page address and per everything an anonymous visitor's page depends
 * on: the institutions whose ranges hold the visitor's address (so the page granted to
 * one institution is never served to an outsider or another institution), the catalogue
 * and access versions (raised by every change to a record, its book, a policy, a price,
 * an institution or an entitlement, on any instance), the day (entitlements start and end
 * by date) and the locale. Visitors with a session (signed-in readers, whose pages carry
 * their name and form tokens), requests with a query (a delivery confirmation) and
 * requests that prefer a citation format to HTML are rendered every time.
 * <p>
 * Every page served here carries an {@code ETag} (one per encoding) and a
 * {@code Last-Modified}, and a conditional request that still matches gets
 * {@code 304 Not Modified}. The gzip form is compressed once, when the page is cached.
 */
class PageCacheFilter extends OncePerRequestFilter {

	/**
	 * Request attribute through which a handler says that the page it rendered is the
	 * same for every visitor, which lets shared caches keep it.
	 */
	static final String SAME_FOR_EVERY_VISITOR = PageCacheFilter.class.getName() + ".shared";

	private static final Pattern PAGE = Pattern.compile("/(chapters|books)/[^/]+/[^/]+");

	private static final String VARY = String.join(", ", HttpHeaders.ACCEPT, HttpHeaders.ACCEPT_ENCODING,
			HttpHeaders.ACCEPT_LANGUAGE, HttpHeaders.COOKIE);

	private final Cache<PageKey, CachedPage> pages;

	private final AccessService access;

	private final PageVersions versions;

	private final Clock clock;

	private final String sharedCacheControl;

	private final String privateCacheControl = CacheControl.noCache().cachePrivate().getHeaderValue();

	PageCacheFilter(Cache<PageKey, CachedPage> pages, AccessService access, PageVersions versions, Clock clock,
			PageCacheProperties properties) {
		this.pages = pages;
		this.access = access;
		this.versions = versions;
		this.clock = clock;
		this.sharedCacheControl = CacheControl.maxAge(properties.sharedMaxAge()).cachePublic().getHeaderValue();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"GET".equals(request.getMethod()) || request.getQueryString() != null
				|| request.getRequestedSessionId() != null
				|| !PAGE.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches()
				|| !prefersHtml(request.getHeader(HttpHeaders.ACCEPT));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<InetAddress> address = IpAddresses.parse(request.getRemoteAddr());
		if (!anonymous() || address.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		PageVersions.Versions current = this.versions.current();
		PageKey key = new PageKey(request.getRequestURI(), this.access.institutionsAt(new Viewer(null, address.get())),
				current.catalogue(), current.access(), LocalDate.now(this.clock), request.getLocale());
		CachedPage page = this.pages.getIfPresent(key);
		if (page == null) {
			ContentCachingResponseWrapper rendered = new ContentCachingResponseWrapper(response);
			chain.doFilter(request, rendered);
			if (rendered.getStatus() != HttpStatus.OK.value() || !isHtml(rendered.getContentType())) {
				rendered.copyBodyToResponse();
				return;
			}
			page = CachedPage.of(rendered.getContentAsByteArray(), current.changedAt(),
					response.getHeader(HttpHeaders.LINK), response.getHeader(HttpHeaders.CONTENT_LANGUAGE),
					Boolean.TRUE.equals(request.getAttribute(SAME_FOR_EVERY_VISITOR)));
			this.pages.put(key, page);
		}
		write(page, request, response);
	}

	private void write(CachedPage page, HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setContentType("text/html;charset=UTF-8");
		if (page.language() != null) {
			response.setHeader(HttpHeaders.CONTENT_LANGUAGE, page.language());
		}
		if (page.link() != null) {
			response.setHeader(HttpHeaders.LINK, page.link());
		}
		response.setHeader(HttpHeaders.VARY, VARY);
		response.setHeader(HttpHeaders.CACHE_CONTROL,
				page.shared() ? this.sharedCacheControl : this.privateCacheControl);
		boolean gzip = acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
		if (new ServletWebRequest(request, response).checkNotModified(gzip ? page.gzipEtag() : page.etag(),
				page.lastModified().toEpochMilli())) {
			return;
		}
		byte[] body = gzip ? page.gzip() : page.html();
		if (gzip) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	private static boolean anonymous() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null || authentication instanceof AnonymousAuthenticationToken;
	}

	/**
	 * Whether the client asks for HTML first: no {@code Accept} header (the page is what
	 * an address without preference gets), or one whose first type is {@code text/html}
	 * as browsers send. Anything else is left to content negotiation.
	 */
	static boolean prefersHtml(String accept) {
		if (accept == null || accept.isBlank()) {
			return true;
		}
		String first = accept.split(",", 2)[0].strip().toLowerCase(Locale.ROOT);
		return first.equals(MediaType.TEXT_HTML_VALUE);
	}

	static boolean acceptsGzip(String acceptEncoding) {
		if (acceptEncoding == null) {
			return false;
		}
		for (String coding : acceptEncoding.split(",")) {
			String[] parts = coding.split(";");
			if (parts[0].strip().equalsIgnoreCase("gzip")) {
				for (int i = 1; i < parts.length; i++) {
					String parameter = parts[i].strip().toLowerCase(Locale.ROOT).replace(" ", "");
					if (parameter.matches("q=0(\\.0{0,3})?")) {
						return false;
					}
				}
				return true;
			}
		}
		return false;
	}

	private static boolean isHtml(String contentType) {
		return contentType != null && contentType.startsWith(MediaType.TEXT_HTML_VALUE);
	}

	/** What an anonymous visitor's page depends on. */
	record PageKey(String path, List<Long> institutions, long catalogue, long access, LocalDate day, Locale locale) {
	}

}
