package org.colophon.system;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class StatelessApiRequestsTests {

	private final StatelessApiRequests matcher = new StatelessApiRequests(
			List.of((request) -> request.getRequestURI().startsWith("/api/")));

	@ParameterizedTest
	@ValueSource(strings = { "application/json", "application/json;charset=UTF-8", "Application/JSON",
			"application/merge-patch+json", "application/xml", "application/vnd.crossref.deposit+xml" })
	void aJsonOrXmlPostWithItsOwnCredentialsToAnApiIsStateless(String contentType) {
		assertThat(this.matcher.matches(request("POST", "/api/things", contentType, true))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "text/plain",
			"text/plain; charset=application/json", "text/json", "text/xml", "*/*", "application/*", "not a type", "" })
	void aPostAFormCouldSendIsNot(String contentType) {
		assertThat(this.matcher.matches(request("POST", "/api/things", contentType, true))).isFalse();
	}

	@Test
	void aPostWithoutAContentTypeIsNot() {
		assertThat(this.matcher.matches(request("POST", "/api/things", null, true))).isFalse();
	}

	@Test
	void aMethodNoFormHasNeedsNoJson() {
		assertThat(this.matcher.matches(request("DELETE", "/api/things/1", null, true))).isTrue();
		assertThat(this.matcher.matches(request("PUT", "/api/things/1", "text/plain", true))).isTrue();
	}

	@Test
	void withoutItsOwnCredentialsNothingIsStateless() {
		assertThat(this.matcher.matches(request("POST", "/api/things", "application/json", false))).isFalse();
		assertThat(this.matcher.matches(request("DELETE", "/api/things/1", null, false))).isFalse();
	}

	@Test
	void nothingOutsideTheApisIsStateless() {
		assertThat(this.matcher.matches(request("POST", "/chapters/1/slug/save/kindle", "application/json", true)))
			.isFalse();
		assertThat(this.matcher.matches(request("DELETE", "/deliveries/1", null, true))).isFalse();
	}

	private static MockHttpServletRequest request(String method, String uri, String contentType, boolean credentials) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, uri);
		if (contentType != null) {
			request.addHeader("Content-Type", contentType);
		}
		if (credentials) {
			request.addHeader("Authorization", "Basic cmVhZGVyOnNlY3JldA==");
		}
		return request;
	}

}
