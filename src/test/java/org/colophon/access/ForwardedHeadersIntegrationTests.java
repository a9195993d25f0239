package org.colophon.access;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The viewer's address through a real Tomcat: forwarded headers count only from trusted
 * proxies, whatever platform Spring Boot detects and whatever forwarded-headers strategy
 * is set.
 */
class ForwardedHeadersIntegrationTests {

	private static final String TRUSTED_LOOPBACK = "colophon.access.trusted-proxies=127.0.0.0/8,::1/128";

	private static final String ON_KUBERNETES = "spring.main.cloud-platform=kubernetes";

	private static final HttpClient client = HttpClient.newHttpClient();

	static String access(int port, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI
			.create("http://127.0.0.1:" + port + "/api/chapters/" + AccessIntegrationTests.SEED_CHAPTER + "/access"));
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return client.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
	}

	static void entitleCampus(AdminService admin) {
		if (admin.institutions(0, 100).stream().noneMatch((institution) -> institution.getName().equals("Campus"))) {
			Institution campus = admin.createInstitution("Campus", List.of("203.0.113.0/24", "2001:db8:7::/48"));
			admin.createEntitlement(campus.getId(), null, AccessIntegrationTests.SEED_BOOK, null, null, null);
		}
	}

	/**
	 * A server that trusts no proxy: a client that claims an institution's address in any
	 * forwarded header is still seen at its own.
	 */
	abstract static class TrustingNoProxy {

		@LocalServerPort
		private int port;

		@Autowired
		private AdminService admin;

		@Test
		void spoofedHeadersChangeNothing() throws Exception {
			entitleCampus(this.admin);

			assertThat(access(this.port)).contains("\"granted\":false");
			assertThat(access(this.port, "X-Forwarded-For", "203.0.113.9")).contains("\"granted\":false");
			assertThat(access(this.port, "X-Forwarded-For", "203.0.113.9", "X-Forwarded-Proto", "https"))
				.contains("\"granted\":false");
			assertThat(access(this.port, "Forwarded", "for=203.0.113.9")).contains("\"granted\":false");
		}

	}

	/**
	 * A server behind a trusted proxy on the loopback interface: the address it forwards
	 * is the viewer's, and nothing the client wrote before it.
	 */
	abstract static class TrustingALoopbackProxy {

		@LocalServerPort
		private int port;

		@Autowired
		private AdminService admin;

		@Test
		void theForwardedClientAddressIsTheViewers() throws Exception {
			entitleCampus(this.admin);

			assertThat(access(this.port)).contains("\"granted\":false");
			assertThat(access(this.port, "X-Forwarded-For", "203.0.113.9")).contains("\"basis\":\"INSTITUTION\"",
					"\"providedBy\":\"Campus\"");
			assertThat(access(this.port, "X-Forwarded-For", "2001:db8:7::42")).contains("\"basis\":\"INSTITUTION\"");
		}

		@Test
		void anAddressTheClientPrependedIsNotBelieved() throws Exception {
			entitleCampus(this.admin);

			assertThat(access(this.port, "X-Forwarded-For", "203.0.113.9, 198.51.100.4")).contains("\"granted\":false");
			assertThat(access(this.port, "Forwarded", "for=203.0.113.9")).contains("\"granted\":false");
		}

		@Test
		void aForwardedAddressWithAPortCountsWithoutIt() throws Exception {
			entitleCampus(this.admin);

			assertThat(access(this.port, "X-Forwarded-For", "203.0.113.9:4711")).contains("\"basis\":\"INSTITUTION\"");
			assertThat(access(this.port, "X-Forwarded-For", "[2001:db8:7::42]:4711"))
				.contains("\"basis\":\"INSTITUTION\"");
			assertThat(access(this.port, "X-Forwarded-For", "[2001:db8:7::42]")).contains("\"basis\":\"INSTITUTION\"");
		}

		@Test
		void aForwardedValueThatIsNoAddressIsNotBelieved() throws Exception {
			entitleCampus(this.admin);

			for (String value : new String[] { "campus.example.org", "unknown", "203.0.113.9:port", "[203.0.113.9]",
					"203.0.113.9, not an address" }) {
				assertThat(access(this.port, "X-Forwarded-For", value)).as(value).contains("\"granted\":false");
			}
		}

	}

	@Nested
	@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
	@ActiveProfiles("test")
	class WithoutTrustedProxies extends TrustingNoProxy {

	}

	@Nested
	@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = TRUSTED_LOOPBACK)
	@ActiveProfiles("test")
	class BehindATrustedProxy extends TrustingALoopbackProxy {

	}

	/**
	 * On a cloud platform Spring Boot would add a valve of its own that trusts every
	 * private and loopback address.
	 */
	@Nested
	@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = ON_KUBERNETES)
	@ActiveProfiles("test")
	class OnACloudPlatformWithoutTrustedProxies extends TrustingNoProxy {

	}

	@Nested
	@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { ON_KUBERNETES, TRUSTED_LOOPBACK })
	@ActiveProfiles("test")
	class OnACloudPlatformBehindATrustedProxy extends TrustingALoopbackProxy {

	}

	/**
	 * The native strategy asks Spring Boot for the same valve as a cloud platform does.
	 */
	@Nested
	@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "server.forward-headers-strategy=native")
	@ActiveProfiles("test")
	class WithTheNativeStrategyWithoutTrustedProxies extends TrustingNoProxy {

	}

	/**
	 * The framework strategy asks Spring Boot for Spring's {@code ForwardedHeaderFilter},
	 * which believes forwarded headers from anyone.
	 */
	@Nested
	@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
			properties = "server.forward-headers-strategy=framework")
	@ActiveProfiles("test")
	class WithTheFrameworkStrategyWithoutTrustedProxies extends TrustingNoProxy {

	}

	@Nested
	@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
			properties = { "server.forward-headers-strategy=framework", TRUSTED_LOOPBACK })
	@ActiveProfiles("test")
	class WithTheFrameworkStrategyBehindATrustedProxy extends TrustingALoopbackProxy {

	}

}
