package org.colophon;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.micrometer.core.instrument.MeterRegistry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.colophon.access.AdminService;
import org.colophon.catalogue.BookDetails;
import org.colophon.catalogue.CatalogueFixtures;
import org.colophon.catalogue.CatalogueService;
import org.colophon.catalogue.StoreOutcome;
import org.colophon.content.ContentFormat;
import org.colophon.content.ContentService;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances of the application on one PostgreSQL server, each with its own HTTP port,
 * search index and content folder, as two replicas behind a balancer: what one instance
 * is told, the other knows at once, and work queued on one is done once. Everything goes
 * through real HTTP, with a client that keeps cookies as a browser does.
 */
class ReplicasIntegrationTests {

	private static final String PASSWORD = "a long enough password";

	private static final String ADMIN = "admin@replicas.test";

	private static final String ADMIN_PASSWORD = "the administrator's password";

	private static final int MAX_FAILED_LOGINS = 5;

	private static final int SMTP_PORT = FreePort.onLoopback();

	private static final Path FOLDERS = Path.of("target", "test-replicas", UUID.randomUUID().toString());

	private static EmbeddedPostgres postgres;

	private static GreenMail smtp;

	private static ConfigurableApplicationContext one;

	private static ConfigurableApplicationContext two;

	@BeforeAll
	static void start() {
		postgres = EmbeddedPostgresServers.start();
		smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"))
			.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
		smtp.start();
		// One after the other, as a rolling deployment would: the first migrates the
		// database and creates the administrator, the second finds both done.
		one = instance("one");
		two = instance("two");
	}

	@AfterAll
	static void stop() throws IOException {
		for (ConfigurableApplicationContext instance : new ConfigurableApplicationContext[] { two, one }) {
			if (instance != null) {
				instance.close();
			}
		}
		if (smtp != null) {
			smtp.stop();
		}
		if (postgres != null) {
			postgres.close();
		}
	}

	@Test
	void aReaderSignedInThroughOneInstanceIsSignedInOnTheOther() throws Exception {
		String email = reader();
		Browser browser = new Browser();
		assertThat(browser.get(two, "/deliveries").statusCode()).as("not signed in yet").isEqualTo(302);

		browser.signIn(one, email, PASSWORD);

		HttpResponse<String> deliveries = browser.get(two, "/deliveries");
		assertThat(deliveries.statusCode()).isEqualTo(200);
		assertThat(browser.sessionCookies()).hasSize(1);
	}

	@Test
	void aDeliveryQueuedOnOneInstanceIsSentOnceWhileBothWorkersRun() throws Exception {
		String chapter = chapterWithPdf("delivered-once");
		String email = reader();
		admin(one).createEntitlement(null, readerId(email), null, chapter, null, null);
		int before = smtp.getReceivedMessages().length;
		HttpClient client = HttpClient.newHttpClient();

		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			statuses.add(
					client
						.send(basic(one, "/api/chapters/" + chapter + "/deliveries", email, PASSWORD)
							.header("Content-Type", "application/json")
							.POST(HttpRequest.BodyPublishers.ofString("""
									{ "service": "KINDLE", "format": "PDF", "kindleName": "replica.%d",
									  "kindleDomain": "kindle.com", "acceptPolicy": true }
									""".formatted(i)))
							.build(), HttpResponse.BodyHandlers.ofString())
						.statusCode());
		}

		assertThat(statuses).allMatch((status) -> status >= 200 && status < 300);
		JdbcTemplate jdbc = one.getBean(JdbcTemplate.class);
		await().atMost(Duration.ofSeconds(60))
			.until(() -> jdbc.queryForList("select status from delivery where reader_id = ?", String.class,
					readerId(email)), (found) -> found.size() == 4 && found.stream().allMatch("DELIVERED"::equals));
		assertThat(
				jdbc.queryForList("select attempts from delivery where reader_id = ?", Integer.class, readerId(email)))
			.containsOnly(1);
		assertThat(smtp.getReceivedMessages()).hasSize(before + 4);
		assertThat(Stream.of(smtp.getReceivedMessages()).skip(before).map(ReplicasIntegrationTests::recipient))
			.containsExactlyInAnyOrder("replica.0@kindle.com", "replica.1@kindle.com", "replica.2@kindle.com",
					"replica.3@kindle.com");
	}

	@Test
	void anEntitlementGrantedThroughOneInstanceCountsAtOnceOnTheOther() throws Exception {
		String chapter = chapterWithPdf("granted");
		String email = reader();
		HttpClient client = HttpClient.newHttpClient();
		String access = "/api/chapters/" + chapter + "/access";
		assertThat(
				client.send(basic(two, access, email, PASSWORD).build(), HttpResponse.BodyHandlers.ofString()).body())
			.contains("\"granted\":false");

		HttpResponse<String> granted = client.send(
				basic(one, "/api/admin/entitlements", ADMIN, ADMIN_PASSWORD).header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers
						.ofString("{ \"readerId\": " + readerId(email) + ", \"chapterId\": \"" + chapter + "\" }"))
					.build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(granted.statusCode()).isEqualTo(201);

		assertThat(
				client.send(basic(two, access, email, PASSWORD).build(), HttpResponse.BodyHandlers.ofString()).body())
			.contains("\"granted\":true");
	}

	@Test
	void aRecordsAccessModelChangedThroughOneInstanceCountsAtOnceOnTheOther() throws Exception {
		String chapter = chapterWithPdf("opened");
		HttpClient client = HttpClient.newHttpClient();
		URI access = uri(two, "/api/chapters/" + chapter + "/access");
		assertThat(client.send(HttpRequest.newBuilder(access).build(), HttpResponse.BodyHandlers.ofString()).body())
			.contains("\"granted\":false");

		HttpResponse<String> opened = client
			.send(basic(one, "/api/admin/chapters/" + chapter + "/access-model", ADMIN, ADMIN_PASSWORD)
				.header("Content-Type", "application/json")
				.PUT(HttpRequest.BodyPublishers.ofString("{ \"model\": \"FREE\" }"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(opened.statusCode()).isEqualTo(200);

		assertThat(client.send(HttpRequest.newBuilder(access).build(), HttpResponse.BodyHandlers.ofString()).body())
			.contains("\"granted\":true");
	}

	@Test
	void theLogInThrottleCountsTheFailuresMadeOnBothInstances() throws Exception {
		String email = reader();
		HttpClient client = HttpClient.newHttpClient();
		String path = "/api/deliveries";
		assertThat(client.send(basic(two, path, email, PASSWORD).build(), HttpResponse.BodyHandlers.discarding())
			.statusCode()).as("the right password, before any failure").isEqualTo(200);

		for (int i = 0; i < MAX_FAILED_LOGINS; i++) {
			// Three failures on one instance and two on the other: fewer than the limit
			// on
			// either alone.
			ConfigurableApplicationContext instance = (i < 3) ? one : two;
			assertThat(client
				.send(basic(instance, path, email, "wrong guess " + i).build(), HttpResponse.BodyHandlers.discarding())
				.statusCode()).isEqualTo(401);
		}

		for (ConfigurableApplicationContext instance : List.of(one, two)) {
			assertThat(
					client.send(basic(instance, path, email, PASSWORD).build(), HttpResponse.BodyHandlers.discarding())
						.statusCode())
				.as("the right password, locked out")
				.isEqualTo(401);
		}
		Browser browser = new Browser();
		// The lock-out is told on the other instance, from the failure kept in the
		// session.
		browser.signIn(one, email, PASSWORD);
		assertThat(browser.get(two, "/login?error").body()).contains("Too many failed log-ins");
	}

	@Test
	void aPageCachedOnOneInstanceIsReplacedAtOnceWhenItsRecordOrAccessChangesThroughTheOther() throws Exception {
		String key = "replicas-cached-" + UUID.randomUUID();
		StoreOutcome stored = storeChapter(key, "Cached before");
		HttpClient client = HttpClient.newHttpClient();
		String path = chapterPath(stored.chapterId());
		assertThat(page(client, two, path)).contains("Cached before").doesNotContain("Access provided by");
		double hits = pageCacheHits(two);
		assertThat(page(client, two, path)).contains("Cached before");
		assertThat(pageCacheHits(two)).as("served from the second instance's cache").isEqualTo(hits + 1);

		long institution = created(client, one, "/api/admin/institutions",
				"{ \"name\": \"Replica College\", \"ipRanges\": [\"127.0.0.0/8\"] }");
		try {
			created(client, one, "/api/admin/entitlements",
					"{ \"institutionId\": " + institution + ", \"publicationId\": \"" + stored.bookId() + "\" }");
			assertThat(page(client, two, path)).contains("Access provided by Replica College");

			storeChapter(key, "Cached after");
			assertThat(page(client, two, chapterPath(stored.chapterId()))).contains("Cached after")
				.doesNotContain("Cached before");
		}
		finally {
			client.send(basic(one, "/api/admin/institutions/" + institution, ADMIN, ADMIN_PASSWORD).DELETE().build(),
					HttpResponse.BodyHandlers.discarding());
		}
	}

	private static StoreOutcome storeChapter(String key, String title) {
		return one.getBean(CatalogueService.class)
			.store(key, title, new BookDetails("Replicated cache", null, "Test Press", 2020), List.of(),
					CatalogueFixtures.chapter("1", title, "1"));
	}

	private static String chapterPath(String chapterId) {
		return "/chapters/" + chapterId + "/" + one.getBean(CatalogueService.class).chapter(chapterId).slug();
	}

	private static String page(HttpClient client, ConfigurableApplicationContext instance, String path)
			throws Exception {
		HttpResponse<String> answer = client.send(HttpRequest.newBuilder(uri(instance, path)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(200);
		return answer.body();
	}

	private static double pageCacheHits(ConfigurableApplicationContext instance) {
		return instance.getBean(MeterRegistry.class)
			.get("cache.gets")
			.tag("cache", "pages")
			.tag("result", "hit")
			.functionCounter()
			.count();
	}

	private static long created(HttpClient client, ConfigurableApplicationContext instance, String path, String body)
			throws Exception {
		HttpResponse<String> answer = client
			.send(basic(instance, path, ADMIN, ADMIN_PASSWORD).header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
		Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(answer.body());
		assertThat(id.find()).isTrue();
		return Long.parseLong(id.group(1));
	}

	private static ConfigurableApplicationContext instance(String name) {
		Path folder = FOLDERS.resolve(name);
		return new SpringApplicationBuilder(ColophonApplication.class).profiles("test", "postgres")
			.run("--server.port=0", "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
					"--spring.datasource.username=postgres", "--spring.datasource.password=",
					"--colophon.seeds.load-on-startup=false",
					"--colophon.content.location=" + folder.resolve("content"),
					"--colophon.search.location=" + folder.resolve("search"), "--spring.mail.host=127.0.0.1",
					"--spring.mail.port=" + SMTP_PORT, "--colophon.delivery.polling-interval=100ms",
					"--colophon.delivery.per-reader-per-hour=20", "--colophon.admin.email=" + ADMIN,
					"--colophon.admin.password=" + ADMIN_PASSWORD,
					"--colophon.access.max-failed-logins=" + MAX_FAILED_LOGINS);
	}

	/**
	 * A chapter with a PDF, recorded through the first instance. The PDF is copied to the
	 * second instance's content folder too, as a shared volume would hold it.
	 */
	private static String chapterWithPdf(String name) throws IOException {
		StoreOutcome stored = one.getBean(CatalogueService.class)
			.store("replicas-" + name + "-" + UUID.randomUUID(), "hash",
					new BookDetails("Replicas " + name, null, "Test Press", 2020), List.of(),
					CatalogueFixtures.chapter("1", "Replicated " + name, "1"));
		Path pdf = Files.createTempFile("chapter", ".pdf");
		Files.write(pdf, "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
		one.getBean(ContentService.class).attach(stored.chapterId(), ContentFormat.PDF, pdf);
		Files.delete(pdf);
		Path from = FOLDERS.resolve("one").resolve("content");
		Path to = FOLDERS.resolve("two").resolve("content");
		try (Stream<Path> files = Files.walk(from)) {
			files.filter(Files::isRegularFile).forEach((file) -> copy(file, to.resolve(from.relativize(file))));
		}
		return stored.chapterId();
	}

	private static void copy(Path file, Path target) {
		try {
			Files.createDirectories(target.getParent());
			Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String reader() {
		String email = "reader-" + UUID.randomUUID() + "@replicas.test";
		admin(one).createReader(email, PASSWORD, null, null);
		return email;
	}

	private static Long readerId(String email) {
		return one.getBean(JdbcTemplate.class)
			.queryForObject("select id from reader where email = ?", Long.class, email);
	}

	private static AdminService admin(ConfigurableApplicationContext instance) {
		return instance.getBean(AdminService.class);
	}

	private static String recipient(MimeMessage message) {
		try {
			return message.getAllRecipients()[0].toString();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static URI uri(ConfigurableApplicationContext instance, String path) {
		int port = ((WebServerApplicationContext) instance).getWebServer().getPort();
		return URI.create("http://127.0.0.1:" + port + path);
	}

	private static HttpRequest.Builder basic(ConfigurableApplicationContext instance, String path, String user,
			String password) {
		String credentials = Base64.getEncoder()
			.encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
		return HttpRequest.newBuilder(uri(instance, path)).header("Authorization", "Basic " + credentials);
	}

	/**
	 * A browser: keeps the cookies it is given, for every port of the host, and does not
	 * follow redirects, so that the tests see them.
	 */
	private static final class Browser {

		private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

		private final HttpClient client = HttpClient.newBuilder()
			.cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		HttpResponse<String> get(ConfigurableApplicationContext instance, String path) throws Exception {
			return this.client.send(HttpRequest.newBuilder(uri(instance, path)).build(),
					HttpResponse.BodyHandlers.ofString());
		}

		/**
		 * Fills in the log-in form of an instance and sends it.
		 */
		void signIn(ConfigurableApplicationContext instance, String email, String password) throws Exception {
			String csrf = Jsoup.parse(get(instance, "/login").body()).select("input[name=_csrf]").attr("value");
			assertThat(csrf).isNotBlank();
			String form = Map.of("username", email, "password", password, "_csrf", csrf)
				.entrySet()
				.stream()
				.map((field) -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
				.reduce((a, b) -> a + "&" + b)
				.orElseThrow();
			HttpResponse<String> answer = this.client.send(HttpRequest.newBuilder(uri(instance, "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(answer.statusCode()).isEqualTo(302);
		}

		List<?> sessionCookies() {
			return this.cookies.getCookieStore()
				.getCookies()
				.stream()
				.filter((cookie) -> CookieSession.COOKIE.equals(cookie.getName()))
				.toList();
		}

	}

}
