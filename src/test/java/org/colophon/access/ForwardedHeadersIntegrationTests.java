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
 * proxies.
 */
class ForwardedHeadersIntegrationTests {

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

	@Nested
	@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
	@ActiveProfiles("test")
	class WithoutTrustedProxies {

		@LocalServerPort
		private int port;

		@Autowired
		private AdminService admin;

		@Test
		void spoofedHeadersChangeNothing() throws Exception {
			entitleCampus(this.admin);

			assertThat(access(this.port)).contains("\"granted\":false");
			assertThat(access(this.port, "X-Forwarded-For", "203.0.113.9")).contains("\"granted\":false");
			assertThat(access(this.port, "Forwarded", "for=203.0.113.9")).contains("\"granted\":false");
		}

	}

	@Nested
	@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
			properties = "colophon.access.trusted-proxies=127.0.0.0/8,::1/128")
	@ActiveProfiles("test")
	class BehindATrustedProxy {

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
		}

	}

}
