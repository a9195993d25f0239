package org.colophon.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests beyond the limits in {@code application.properties}, over real HTTP to Tomcat:
 * each is refused with 400 or 413 and a body without a stack trace, never a 500, and an
 * upload announced as too large is refused before it is read.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "colophon.admin.email=admin@colophon.test",
				"colophon.admin.password=correct horse battery staple" })
@ActiveProfiles("test")
class OversizedRequestIntegrationTests {

	private static final String ADMIN = basic("admin@colophon.test", "correct horse battery staple");

	private static final String BOUNDARY = "colophon-boundary";

	private static final String SEED_CHAPTER = "90609dfc5ebe730d";

	private static final Pattern CONTENT_LENGTH = Pattern.compile("(?im)^Content-Length: *(\\d+)");

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@ParameterizedTest
	@ValueSource(strings = { "header", "headers", "query", "path" })
	void refusesARequestHeadOver8KilobytesWith400(String part) {
		String big = "a".repeat(9 * 1024);
		String head = switch (part) {
			case "header" -> "GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: " + big + "\r\n";
			case "headers" -> "GET / HTTP/1.1\r\nHost: localhost\r\n" + "X-Many: aaaaaaaaaaaaaaaaaaaa\r\n".repeat(400);
			case "query" -> "GET /?q=" + big + " HTTP/1.1\r\nHost: localhost\r\n";
			default -> "GET /chapters/" + big + " HTTP/1.1\r\nHost: localhost\r\n";
		};

		String response = raw(head + "Connection: close\r\n\r\n", 0);

		assertThat(response).startsWith("HTTP/1.1 400 ");
		assertThat(response).doesNotContain("Exception", "Tomcat/");
	}

	@Test
	void refusesMoreThanAThousandParametersWith400() {
		HttpResponse<String> response = send(get("/?" + "a=1&".repeat(1001)));

		assertRefused(response, 400);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/login", "/oai" })
	void refusesAFormPostOver64KilobytesWith413(String path) {
		HttpResponse<String> response = send(post(path, "application/x-www-form-urlencoded",
				BodyPublishers.ofString("verb=Identify&filler=" + "a".repeat(65 * 1024))));

		assertRefused(response, 413);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/login", "/oai" })
	void refusesAMultipartUploadOver1MegabyteWith413(String path) {
		String upload = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n" + "a".repeat(1100 * 1024) + "\r\n--" + BOUNDARY + "--\r\n";

		HttpResponse<String> response = send(
				post(path, "multipart/form-data; boundary=" + BOUNDARY, BodyPublishers.ofString(upload)));

		assertRefused(response, 413);
	}

	@Test
	void refusesAnUploadAnnouncedAsTooLargeBeforeReadingIt() {
		// Only the first kilobyte of the announced 50 MB is sent: an answer proves the
		// server did not wait for the rest.
		String response = raw("POST /oai HTTP/1.1\r\nHost: localhost\r\nContent-Type: multipart/form-data; boundary="
				+ BOUNDARY + "\r\nContent-Length: " + (50 * 1024 * 1024) + "\r\n\r\n", 1024);

		assertThat(response).startsWith("HTTP/1.1 413 ");
	}

	@Test
	void refusesAnAdminJsonBodyOver1MegabyteWith400AndStoresNothing() {
		String name = "Too large " + UUID.randomUUID();
		String body = "{\"name\":\"" + name + "\",\"ipRanges\":[" + "\"10.0.0.0/8\",".repeat(90_000)
				+ "\"10.0.0.0/8\"]}";

		HttpResponse<String> response = send(
				admin(post("/api/admin/institutions", "application/json", BodyPublishers.ofString(body))));

		assertRefused(response, 400);
		assertThat(send(admin(get("/api/admin/institutions?size=100"))).body()).doesNotContain(name);
	}

	@Test
	void refusesJsonNestedDeeperThanTheLimitWith400() {
		String body = "{\"name\":" + "[".repeat(100) + "]".repeat(100) + ",\"ipRanges\":[]}";

		HttpResponse<String> response = send(
				admin(post("/api/admin/institutions", "application/json", BodyPublishers.ofString(body))));

		assertRefused(response, 400);
	}

	@Test
	void acceptsAnAdminJsonBodyWithinTheLimit() {
		String body = "{\"name\":\"Many ranges " + UUID.randomUUID() + "\",\"ipRanges\":["
				+ "\"192.0.2.0/24\",".repeat(2000) + "\"198.51.100.0/24\"]}";

		HttpResponse<String> response = send(
				admin(post("/api/admin/institutions", "application/json", BodyPublishers.ofString(body))));

		assertThat(response.statusCode()).isEqualTo(201);
	}

	@ParameterizedTest
	@ValueSource(booleans = { true, false })
	void refusesADeliveryRequestOver1MegabyteWith400(boolean chunked) {
		String email = "reader-" + UUID.randomUUID() + "@example.org";
		String password = "a long enough password";
		HttpResponse<String> reader = send(admin(post("/api/admin/readers", "application/json",
				BodyPublishers.ofString("{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}"))));
		assertThat(reader.statusCode()).isEqualTo(201);
		byte[] body = ("{\"service\":\"KINDLE\",\"format\":\"PDF\",\"kindleName\":\"" + "a".repeat(1100 * 1024)
				+ "\",\"kindleDomain\":\"kindle.com\",\"acceptPolicy\":true}")
			.getBytes(StandardCharsets.UTF_8);
		// Without a length up front the limit can only be found while reading.
		BodyPublisher publisher = chunked ? BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))
				: BodyPublishers.ofByteArray(body);

		HttpResponse<String> response = send(
				HttpRequest.newBuilder(uri("/api/chapters/" + SEED_CHAPTER + "/deliveries"))
					.header("Authorization", basic(email, password))
					.header("Content-Type", "application/json")
					.POST(publisher)
					.build());

		assertRefused(response, 400);
	}

	private static void assertRefused(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.body()).doesNotContain("Exception", "\tat ", "Tomcat/");
	}

	private HttpRequest get(String path) {
		return HttpRequest.newBuilder(uri(path)).build();
	}

	private HttpRequest post(String path, String contentType, BodyPublisher body) {
		return HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType).POST(body).build();
	}

	private static HttpRequest admin(HttpRequest request) {
		return HttpRequest.newBuilder(request, (name, value) -> true).header("Authorization", ADMIN).build();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
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
	 * Sends a request head and the first bytes of a body over a socket and returns the
	 * answer's head and body: the HTTP client would refuse to send such heads, or wait to
	 * send the whole body. The answer is read by its length, since the server may keep
	 * the connection open for the rest of the body.
	 */
	private String raw(String head, int bodyBytes) {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(head.getBytes(StandardCharsets.ISO_8859_1));
			out.write(new byte[bodyBytes]);
			out.flush();
			InputStream in = socket.getInputStream();
			StringBuilder answer = new StringBuilder();
			while (answer.indexOf("\r\n\r\n") < 0) {
				int next = in.read();
				if (next < 0) {
					return answer.toString();
				}
				answer.append((char) next);
			}
			Matcher length = CONTENT_LENGTH.matcher(answer);
			int bodyLength = length.find() ? Integer.parseInt(length.group(1)) : 0;
			return answer + new String(in.readNBytes(bodyLength), StandardCharsets.ISO_8859_1);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

}
