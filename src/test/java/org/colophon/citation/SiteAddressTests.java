package org.colophon.citation;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The site's absolute address comes from configuration only, never from the request being
 * served.
 */
class SiteAddressTests {

	@AfterEach
	void forgetTheRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void theConfiguredBaseUrlIsTheAddressWithoutATrailingSlash() {
		servingRequestFor("evil.example");

		SiteAddress site = new SiteAddress(new SiteProperties(" https://books.example/press/ "), new MockEnvironment());

		assertThat(site.baseUrl()).isEqualTo("https://books.example/press");
	}

	@Test
	void withoutABaseUrlTheHostHeaderIsIgnoredForLocalhostOnTheServersPort() {
		servingRequestFor("evil.example");
		MockEnvironment environment = new MockEnvironment().withProperty("server.port", "9090")
			.withProperty("server.servlet.context-path", "/colophon");

		SiteAddress site = new SiteAddress(new SiteProperties(""), environment);

		assertThat(site.baseUrl()).isEqualTo("http://localhost:9090/colophon");
	}

	@Test
	void withoutABaseUrlOrAPortTheAddressIsLocalhostOnTheDefaultPort() {
		servingRequestFor("evil.example");

		SiteAddress site = new SiteAddress(new SiteProperties(null), new MockEnvironment());

		assertThat(site.baseUrl()).isEqualTo("http://localhost:8080");
	}

	@Test
	void aBaseUrlThatIsNotAnAbsoluteWebAddressStopsTheStart() {
		for (String wrong : new String[] { "books.example", "ftp://books.example", "https://",
				"https://books.example/?q=1", "https://books.example/#top" }) {
			assertThatIllegalStateException()
				.isThrownBy(() -> new SiteAddress(new SiteProperties(wrong), new MockEnvironment()))
				.withMessageContaining("colophon.site.base-url");
		}
	}

	private static void servingRequestFor(String host) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.addHeader(HttpHeaders.HOST, host);
		request.setServerName(host);
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
	}

}
