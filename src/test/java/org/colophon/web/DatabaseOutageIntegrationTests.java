package org.colophon.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The application on a real PostgreSQL server that goes away and comes back: while it is
 * gone, pages answer the 503 page and the API a 503 problem, both with
 * {@code Retry-After} and without a stack trace; once it is back, pages work again
 * without a restart.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.hikari.connection-timeout=2000")
@ActiveProfiles({ "test", "postgres" })
class DatabaseOutageIntegrationTests {

	private static final String CHAPTER = "/chapters/90609dfc5ebe730d";

	private static final Path DATA = temporaryFolder();

	private static final int DATABASE_PORT = freePort();

	private static EmbeddedPostgres postgres = startPostgres();

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void datasource(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
	}

	@AfterAll
	static void stopAndDelete() throws IOException {
		postgres.close();
		try (Stream<Path> files = Files.walk(DATA)) {
			files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
		}
	}

	@Test
	void answers503WithoutAStackTraceWhileTheDatabaseIsDownAndRecoversOnceItIsBack() throws IOException {
		assertThat(get(CHAPTER, "text/html").statusCode()).isEqualTo(200);

		postgres.close();
		HttpResponse<String> page = get(CHAPTER, "text/html");
		HttpResponse<String> api = get("/api" + CHAPTER, "application/json");
		HttpResponse<String> signedIn = get("/api/deliveries", "application/json", "Authorization", "Basic "
				+ Base64.getEncoder().encodeToString("reader@colophon.test:a long enough password".getBytes()));

		assertThat(page.statusCode()).isEqualTo(503);
		assertThat(page.headers().firstValue("Retry-After")).hasValue("10");
		assertThat(page.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(page.body()).contains("<h1>Temporarily unavailable</h1>")
			.doesNotContain("Exception", "\tat ", "org.postgresql");
		assertThat(api.statusCode()).isEqualTo(503);
		assertThat(api.headers().firstValue("Retry-After")).hasValue("10");
		assertThat(api.body()).contains("\"status\":503").doesNotContain("Exception", "org.postgresql");
		// Credentials that cannot be checked are not wrong credentials.
		assertThat(signedIn.statusCode()).isEqualTo(503);
		assertThat(signedIn.headers().firstValue("Retry-After")).hasValue("10");
		assertThat(signedIn.headers().firstValue("WWW-Authenticate")).isEmpty();

		postgres = startPostgres();
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(500))
			.untilAsserted(() -> assertThat(get(CHAPTER, "text/html").statusCode()).isEqualTo(200));
	}

	private HttpResponse<String> get(String path, String accept, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", accept);
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		try {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Starts PostgreSQL on the same port and data folder every time, so that a restart
	 * brings back the same server with the same data, as after an outage.
	 */
	private static EmbeddedPostgres startPostgres() {
		try {
			return EmbeddedPostgres.builder()
				.setPort(DATABASE_PORT)
				.setDataDirectory(DATA)
				.setCleanDataDirectory(false)
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start embedded PostgreSQL", ex);
		}
	}

	private static Path temporaryFolder() {
		try {
			return Files.createTempDirectory("colophon-outage-pg-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
