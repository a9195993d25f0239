package org.colophon;

import jakarta.servlet.http.Cookie;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultHandler;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * One browser's session across MockMvc requests: sessions are kept by Spring Session,
 * which finds them by the {@code SESSION} cookie (not by the servlet container's
 * session), so a test sends the cookie with {@code .with(session)} and keeps the one
 * answered with {@code .andDo(session)}.
 */
public final class CookieSession implements RequestPostProcessor, ResultHandler {

	public static final String COOKIE = "SESSION";

	private Cookie cookie;

	@Override
	public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
		if (this.cookie != null) {
			request.setCookies(this.cookie);
		}
		return request;
	}

	@Override
	public void handle(MvcResult result) {
		Cookie answered = result.getResponse().getCookie(COOKIE);
		if (answered != null) {
			this.cookie = (answered.getMaxAge() == 0) ? null : answered;
		}
	}

}
