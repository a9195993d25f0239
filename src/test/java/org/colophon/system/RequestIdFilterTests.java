package org.colophon.system;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.MDC;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every request gets an id in the log context and the response: a safe one from the proxy
 * in front is kept, anything else replaced by a fresh one.
 */
class RequestIdFilterTests {

	private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

	private final RequestIdFilter filter = new RequestIdFilter();

	private final List<String> logged = new ArrayList<>();

	private final FilterChain chain = (request, response) -> this.logged.add(MDC.get(RequestIdFilter.MDC_KEY));

	@Test
	void generatesAnIdWhenNoneComesIn() throws Exception {
		MockHttpServletResponse response = filter(new MockHttpServletRequest("GET", "/"));

		assertThat(response.getHeader(RequestIdFilter.HEADER)).matches(UUID_PATTERN);
		assertThat(this.logged).containsExactly(response.getHeader(RequestIdFilter.HEADER));
	}

	@Test
	void generatesADifferentIdForEachRequest() throws Exception {
		String first = filter(new MockHttpServletRequest("GET", "/")).getHeader(RequestIdFilter.HEADER);
		String second = filter(new MockHttpServletRequest("GET", "/")).getHeader(RequestIdFilter.HEADER);

		assertThat(first).isNotEqualTo(second);
	}

	@ParameterizedTest
	@ValueSource(strings = { "4bf92f3577b34da6a3ce929d0e0e4736", "req-2026.11_27", "a" })
	void keepsASafeIncomingId(String incoming) throws Exception {
		MockHttpServletResponse response = filter(withRequestId(incoming));

		assertThat(response.getHeader(RequestIdFilter.HEADER)).isEqualTo(incoming);
		assertThat(this.logged).containsExactly(incoming);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "two words", "id\nFORGED log line", "<script>", "id;rm -rf", "ü-umlaut",
			"0123456789012345678901234567890123456789012345678901234567890123456789" })
	void replacesAnUnsafeOrOversizedIncomingId(String incoming) throws Exception {
		MockHttpServletResponse response = filter(withRequestId(incoming));

		assertThat(response.getHeader(RequestIdFilter.HEADER)).matches(UUID_PATTERN);
		assertThat(this.logged).containsExactly(response.getHeader(RequestIdFilter.HEADER));
	}

	@Test
	void keepsTheLongestSafeId() throws Exception {
		String longest = "x".repeat(64);

		assertThat(filter(withRequestId(longest)).getHeader(RequestIdFilter.HEADER)).isEqualTo(longest);
		assertThat(filter(withRequestId(longest + "x")).getHeader(RequestIdFilter.HEADER)).matches(UUID_PATTERN);
	}

	@Test
	void clearsTheLogContextAfterTheRequest() throws Exception {
		filter(withRequestId("request-1"));

		assertThat(this.logged).containsExactly("request-1");
		assertThat(MDC.get(RequestIdFilter.MDC_KEY)).isNull();
	}

	@Test
	void logsAnErrorDispatchUnderTheRequestsId() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
		String id = filter(request).getHeader(RequestIdFilter.HEADER);
		request.setDispatcherType(DispatcherType.ERROR);

		MockHttpServletResponse errorResponse = new MockHttpServletResponse();
		this.filter.doFilter(request, errorResponse, this.chain);

		assertThat(errorResponse.getHeader(RequestIdFilter.HEADER)).isEqualTo(id);
		assertThat(this.logged).containsExactly(id, id);
	}

	private MockHttpServletResponse filter(MockHttpServletRequest request) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(request, response, this.chain);
		return response;
	}

	private static MockHttpServletRequest withRequestId(String id) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
		request.addHeader(RequestIdFilter.HEADER, id);
		return request;
	}

}
