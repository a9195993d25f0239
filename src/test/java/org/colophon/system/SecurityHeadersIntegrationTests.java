package org.colophon.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.colophon.CookieSession;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The headers and the session cookie on a page answered by a real Tomcat, which is what
 * sets the cookie's attributes: locked down everywhere, and bound to HTTPS in the
 * production profile.
 */
class SecurityHeadersIntegrationTests {

	private static final HttpClient client = HttpClient.newHttpClient();

	/**
	 * The log-in page, whose form's CSRF token starts a session.
	 */
	static HttpResponse<String> logInPage(int port, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"));
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return response;
	}

	static List<String> sessionCookie(HttpResponse<String> response) {
		String cookie = response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((value) -> value.startsWith(CookieSession.COOKIE + "="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No session cookie in " + response.headers().map()));
		return List.of(cookie.split(";\\s*"));
	}

	/**
	 * Behind a trusted proxy that says the request came over HTTPS, so that the absence
	 * of HSTS is the setting's doing and not the plain connection's.
	 */
	@Nested
	@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
			properties = "colophon.access.trusted-proxies=127.0.0.0/8,::1/128")
	@ActiveProfiles("test")
	class InTheDefaultProfile {

		@LocalServerPort
		private int port;

		@Test
		void pagesDenyDeviceFeaturesAndDoNotPinHttps() throws Exception {
			HttpResponse<String> page = logInPage(this.port, "X-Forwarded-Proto", "https");

			assertThat(page.headers().firstValue("Permissions-Policy")).hasValue(SecurityHeaders.PERMISSIONS_POLICY);
			assertThat(page.headers().firstValue("Permissions-Policy").orElseThrow()).contains("camera=()",
					"microphone=()", "geolocation=()");
			assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
		}

		@Test
		void sessionCookieIsHttpOnlyAndSameSiteLaxAndWorksOverPlainHttp() throws Exception {
			List<String> cookie = sessionCookie(logInPage(this.port));

			assertThat(cookie).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
		}

		@Test
		void anAnonymousChapterPageStartsNoSession() throws Exception {
			HttpResponse<String> page = client.send(
					HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/chapters/90609dfc5ebe730d/"
							+ "the-great-terror-on-the-local-level-purges-in-moscow-factories-1936-1938"))
						.build(),
					HttpResponse.BodyHandlers.ofString());

			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains("The Great Terror on the Local Level");
			assertThat(page.headers().allValues("Set-Cookie")).isEmpty();
		}

	}

	@Nested
	@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
			properties = "colophon.access.trusted-proxies=127.0.0.0/8,::1/128")
	@ActiveProfiles({ "test", "prod" })
	class InTheProductionProfile {

		@LocalServerPort
		private int port;

		@Test
		void httpsAnswersPinHttpsForAYear() throws Exception {
			HttpResponse<String> page = logInPage(this.port, "X-Forwarded-Proto", "https");

			assertThat(page.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000");
			assertThat(page.headers().firstValue("Permissions-Policy")).hasValue(SecurityHeaders.PERMISSIONS_POLICY);
		}

		@Test
		void plainHttpAnswersCarryNoHstsAsBrowsersWouldIgnoreIt() throws Exception {
			assertThat(logInPage(this.port).headers().firstValue("Strict-Transport-Security")).isEmpty();
		}

		@Test
		void sessionCookieIsSecureHttpOnlyAndSameSiteLaxEvenWhenTheRequestSeemsPlain() throws Exception {
			// Tomcat marks the cookie Secure on its own when the request is secure; the
			// setting also covers a proxy that is missing from the trusted list.
			List<String> cookie = sessionCookie(logInPage(this.port));

			assertThat(cookie).contains("Secure", "HttpOnly", "SameSite=Lax");
		}

	}

}
