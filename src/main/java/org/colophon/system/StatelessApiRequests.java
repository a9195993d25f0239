package org.colophon.system;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Matches calls to a module's API that bring their own credentials in a shape no page
 * elsewhere can make a browser send, and so need no CSRF token.
 * <p>
 * Credentials alone prove nothing: browsers replay cached HTTP Basic credentials on a
 * cross-site form post too. What a page elsewhere can make a browser send without the
 * site's consent (CORS, which this site never grants) is a GET, HEAD or POST whose body
 * is form-encoded, multipart or plain text. So a POST must carry JSON (or XML, which an
 * import uploads); a method no form has (PUT, PATCH, DELETE) is enough by itself.
 */
final class StatelessApiRequests implements RequestMatcher {

	private final List<RequestMatcher> apis;

	StatelessApiRequests(List<RequestMatcher> apis) {
		this.apis = List.copyOf(apis);
	}

	@Override
	public boolean matches(HttpServletRequest request) {
		return request.getHeader(HttpHeaders.AUTHORIZATION) != null
				&& (!HttpMethod.POST.matches(request.getMethod()) || carriesJson(request))
				&& this.apis.stream().anyMatch((api) -> api.matches(request));
	}

	private static boolean carriesJson(HttpServletRequest request) {
		String contentType = request.getContentType();
		if (contentType == null) {
			return false;
		}
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			return "application".equals(type.getType())
					&& ("json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json")
							|| "xml".equals(type.getSubtype()) || type.getSubtype().endsWith("+xml"));
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

}
