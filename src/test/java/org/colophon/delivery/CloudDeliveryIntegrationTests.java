package org.colophon.delivery;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.colophon.CookieSession;
import org.colophon.access.AdminService;
import org.colophon.account.Reader;
import org.colophon.account.ReaderPrincipal;
import org.colophon.catalogue.CatalogueService;
import org.colophon.content.ContentService;
import org.colophon.delivery.DeliveryFixtures.Chapter;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.UriComponentsBuilder;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Dropbox and Google Drive from first authorisation to uploaded file, against WireMock
 * stubs that answer as the providers' HTTP APIs document: OAuth 2 authorisation code and
 * refresh grants, Dropbox {@code /2/files/upload} with {@code Dropbox-API-Arg}, Drive v3
 * multipart upload.
 */
@SpringBootTest(properties = { "colophon.delivery.retry-backoff=200ms", "colophon.delivery.polling-interval=100ms",
		"colophon.delivery.max-attempts=5", "colophon.seeds.load-on-startup=false" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CloudDeliveryIntegrationTests {

	private static final WireMockServer providers = start();

	private static final String DROPBOX_TOKEN = "/oauth2/token";

	private static final String GOOGLE_TOKEN = "/google/token";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private CatalogueService catalogue;

	@Autowired
	private ContentService content;

	@Autowired
	private AdminService admin;

	@Autowired
	private DeliveryRepository deliveries;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private Scheduler scheduler;

	private static WireMockServer start() {
		WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
		server.start();
		return server;
	}

	@DynamicPropertySource
	static void providerAddresses(DynamicPropertyRegistry registry) {
		String base = providers.baseUrl();
		registry.add("colophon.delivery.token-key", () -> Base64.getEncoder().encodeToString(new byte[32]));
		registry.add("colophon.delivery.dropbox.client-id", () -> "dropbox-app");
		registry.add("colophon.delivery.dropbox.client-secret", () -> "dropbox-secret");
		registry.add("colophon.delivery.dropbox.authorization-uri", () -> base + "/oauth2/authorize");
		registry.add("colophon.delivery.dropbox.token-uri", () -> base + DROPBOX_TOKEN);
		registry.add("colophon.delivery.dropbox.api-base", () -> base);
		registry.add("colophon.delivery.google.client-id", () -> "google-app");
		registry.add("colophon.delivery.google.client-secret", () -> "google-secret");
		registry.add("colophon.delivery.google.authorization-uri", () -> base + "/o/oauth2/v2/auth");
		registry.add("colophon.delivery.google.token-uri", () -> base + GOOGLE_TOKEN);
		registry.add("colophon.delivery.google.api-base", () -> base);
	}

	@AfterAll
	static void stop() {
		providers.stop();
	}

	@BeforeEach
	void reset() {
		providers.resetAll();
		providers.stubFor(post(urlEqualTo(DROPBOX_TOKEN)).withRequestBody(containing("grant_type=authorization_code"))
			.willReturn(okJson("{\"access_token\":\"dropbox-access-1\",\"token_type\":\"bearer\",\"expires_in\":14400,"
					+ "\"refresh_token\":\"dropbox-refresh\",\"account_id\":\"dbid:AAH4f99\",\"uid\":\"12345\"}")));
		providers.stubFor(post(urlEqualTo(GOOGLE_TOKEN)).withRequestBody(containing("grant_type=authorization_code"))
			.willReturn(okJson("{\"access_token\":\"google-access-1\",\"token_type\":\"Bearer\",\"expires_in\":3599,"
					+ "\"refresh_token\":\"google-refresh\",\"scope\":\"https://www.googleapis.com/auth/drive.file\"}")));
	}

	@Test
	void dropboxFromFirstAuthorisationToUploadedFile() throws Exception {
		providers.stubFor(post(urlEqualTo("/2/files/upload")).willReturn(okJson(
				"{\"name\":\"saving-dropbox.pdf\",\"path_display\":\"/Colophon/saving-dropbox.pdf\",\"id\":\"id:a4ayc\"}")));
		Chapter chapter = DeliveryFixtures.chapterWithPdf(this.catalogue, this.content, "dropbox");
		ReaderPrincipal reader = DeliveryFixtures.entitledReader(this.admin, chapter);

		Map<String, String> authorize = saveAndAuthorise(chapter, reader, "dropbox", "dropbox");
		assertThat(authorize).containsEntry("client_id", "dropbox-app")
			.containsEntry("response_type", "code")
			.containsEntry("token_access_type", "offline")
			.containsEntry("redirect_uri", "http://localhost/deliveries/authorised/dropbox");

		Delivery delivery = awaitStatus(reader, DeliveryStatus.DELIVERED);
		providers.verify(1, postRequestedFor(urlEqualTo(DROPBOX_TOKEN)).withRequestBody(containing("code=the-code")));
		providers.verify(1,
				postRequestedFor(urlEqualTo("/2/files/upload"))
					.withHeader("Authorization", equalTo("Bearer dropbox-access-1"))
					.withHeader("Content-Type", equalTo("application/octet-stream"))
					.withHeader("Dropbox-API-Arg",
							equalTo("{\"path\":\"/Colophon/saving-dropbox.pdf\",\"mode\":\"add\","
									+ "\"autorename\":true,\"mute\":false}"))
					.withRequestBody(binaryEqualTo(DeliveryFixtures.PDF)));
		assertThat(delivery.getAttempts()).isEqualTo(1);
		String stored = this.jdbc.queryForObject(
				"select access_token || refresh_token from provider_token where reader_id = ?", String.class,
				reader.id());
		assertThat(stored).doesNotContain("dropbox-access-1", "dropbox-refresh");
	}

	@Test
	void dropboxRefreshesAnExpiredTokenOnceAndUploads() throws Exception {
		providers.stubFor(post(urlEqualTo("/2/files/upload"))
			.withHeader("Authorization", equalTo("Bearer dropbox-access-1"))
			.willReturn(aResponse().withStatus(401)
				.withHeader("Content-Type", "application/json")
				.withBody(
						"{\"error_summary\":\"expired_access_token/\",\"error\":{\".tag\":\"expired_access_token\"}}")));
		providers.stubFor(post(urlEqualTo(DROPBOX_TOKEN)).withRequestBody(containing("grant_type=refresh_token"))
			.willReturn(
					okJson("{\"access_token\":\"dropbox-access-2\",\"token_type\":\"bearer\",\"expires_in\":14400}")));
		providers
			.stubFor(post(urlEqualTo("/2/files/upload")).withHeader("Authorization", equalTo("Bearer dropbox-access-2"))
				.willReturn(okJson("{\"name\":\"saving-refresh.pdf\",\"id\":\"id:b\"}")));
		Chapter chapter = DeliveryFixtures.chapterWithPdf(this.catalogue, this.content, "refresh");
		ReaderPrincipal reader = DeliveryFixtures.entitledReader(this.admin, chapter);

		saveAndAuthorise(chapter, reader, "dropbox", "dropbox");

		awaitStatus(reader, DeliveryStatus.DELIVERED);
		providers.verify(1,
				postRequestedFor(urlEqualTo(DROPBOX_TOKEN)).withRequestBody(containing("grant_type=refresh_token"))
					.withRequestBody(containing("refresh_token=dropbox-refresh")));
		providers.verify(2, postRequestedFor(urlEqualTo("/2/files/upload")));
	}

	@Test
	void dropboxBusyAnswersAreRetriedWithBackoff() throws Exception {
		providers.stubFor(post(urlEqualTo("/2/files/upload")).inScenario("busy")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(503).withBody("upstream unavailable"))
			.willSetStateTo("second"));
		providers.stubFor(post(urlEqualTo("/2/files/upload")).inScenario("busy")
			.whenScenarioStateIs("second")
			.willReturn(aResponse().withStatus(429)
				.withHeader("Retry-After", "1")
				.withHeader("Content-Type", "application/json")
				.withBody(
						"{\"error_summary\":\"too_many_requests/\",\"error\":{\"reason\":{\".tag\":\"too_many_requests\"}}}"))
			.willSetStateTo("third"));
		providers.stubFor(post(urlEqualTo("/2/files/upload")).inScenario("busy")
			.whenScenarioStateIs("third")
			.willReturn(aResponse().withStatus(409)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"error_summary\":\"too_many_write_operations/\"}"))
			.willSetStateTo("free"));
		providers.stubFor(post(urlEqualTo("/2/files/upload")).inScenario("busy")
			.whenScenarioStateIs("free")
			.willReturn(okJson("{\"name\":\"saving-busy.pdf\",\"id\":\"id:c\"}")));
		Chapter chapter = DeliveryFixtures.chapterWithPdf(this.catalogue, this.content, "busy");
		ReaderPrincipal reader = DeliveryFixtures.entitledReader(this.admin, chapter);

		saveAndAuthorise(chapter, reader, "dropbox", "dropbox");

		Delivery delivery = awaitStatus(reader, DeliveryStatus.DELIVERED);
		assertThat(delivery.getAttempts()).isEqualTo(4);
		providers.verify(4, postRequestedFor(urlEqualTo("/2/files/upload")));
	}

	@Test
	void aPermanentFailureIsShownToTheReader() throws Exception {
		providers.stubFor(post(urlEqualTo("/2/files/upload")).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "text/plain")
			.withBody("Error in call to API function \"files/upload\": HTTP header \"Dropbox-API-Arg\": bad path")));
		Chapter chapter = DeliveryFixtures.chapterWithPdf(this.catalogue, this.content, "permanent");
		ReaderPrincipal reader = DeliveryFixtures.entitledReader(this.admin, chapter);

		saveAndAuthorise(chapter, reader, "dropbox", "dropbox");

		Delivery delivery = awaitStatus(reader, DeliveryStatus.FAILED);
		assertThat(delivery.getReason()).startsWith("Dropbox answered 400: Error in call to API function");
		assertThat(delivery.getAttempts()).isEqualTo(1);
		String page = this.mvc.perform(get("/deliveries").with(user(reader)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(page).select("tbody td").text()).contains("Failed", "Dropbox answered 400");
	}

	@Test
	void googleDriveFromFirstAuthorisationToUploadedFile() throws Exception {
		providers.stubFor(post(urlPathEqualTo("/upload/drive/v3/files"))
			.willReturn(okJson("{\"kind\":\"drive#file\",\"id\":\"1Abc\",\"name\":\"saving-drive.pdf\","
					+ "\"mimeType\":\"application/pdf\"}")));
		Chapter chapter = DeliveryFixtures.chapterWithPdf(this.catalogue, this.content, "drive");
		ReaderPrincipal reader = DeliveryFixtures.entitledReader(this.admin, chapter);

		Map<String, String> authorize = saveAndAuthorise(chapter, reader, "google-drive", "google");
		assertThat(authorize).containsEntry("client_id", "google-app")
			.containsEntry("scope", "https://www.googleapis.com/auth/drive.file")
			.containsEntry("access_type", "offline")
			.containsEntry("redirect_uri", "http://localhost/deliveries/authorised/google");

		awaitStatus(reader, DeliveryStatus.DELIVERED);
		providers.verify(1,
				postRequestedFor(urlPathEqualTo("/upload/drive/v3/files"))
					.withQueryParam("uploadType", equalTo("multipart"))
					.withHeader("Authorization", equalTo("Bearer google-access-1"))
					.withHeader("Content-Type", matching("multipart/related; ?boundary=.+"))
					.withRequestBody(containing("{\"name\":\"saving-drive.pdf\",\"mimeType\":\"application/pdf\"}"))
					.withRequestBody(containing("Content-Type: application/pdf"))
					.withRequestBody(containing("%PDF-1.4")));
	}

	@Test
	void aRefusedRefreshAsksTheReaderToAuthoriseAgain() throws Exception {
		providers.stubFor(post(urlPathEqualTo("/upload/drive/v3/files")).willReturn(aResponse().withStatus(401)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":{\"code\":401,\"message\":\"Request had invalid authentication credentials.\"}}")));
		providers.stubFor(post(urlEqualTo(GOOGLE_TOKEN)).withRequestBody(containing("grant_type=refresh_token"))
			.willReturn(aResponse().withStatus(400)
				.withHeader("Content-Type", "application/json")
				.withBody(
						"{\"error\":\"invalid_grant\",\"error_description\":\"Token has been expired or revoked.\"}")));
		Chapter chapter = DeliveryFixtures.chapterWithPdf(this.catalogue, this.content, "revoked");
		ReaderPrincipal reader = DeliveryFixtures.entitledReader(this.admin, chapter);

		saveAndAuthorise(chapter, reader, "google-drive", "google");

		Delivery delivery = awaitStatus(reader, DeliveryStatus.AUTHORISATION_REQUIRED);
		assertThat(delivery.getReason()).contains("authorise");
		String page = this.mvc.perform(get("/deliveries").with(user(reader)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(page).select("tbody a[href=/oauth2/authorization/google]").text())
			.isEqualTo("Authorise now");
	}

	@Test
	void aWaitingSaveIsNotSentOnceTheReadersEntitlementHasEnded() throws Exception {
		Chapter chapter = DeliveryFixtures.chapterWithPdf(this.catalogue, this.content, "ended");
		ReaderPrincipal reader = DeliveryFixtures.reader(this.admin);
		this.admin.createEntitlement(null, reader.id(), chapter.bookId(), null, null, null);
		CookieSession session = new CookieSession();
		saveWaiting(chapter, reader, "dropbox", "dropbox", session);

		this.admin.deleteEntitlement(
				this.jdbc.queryForObject("select id from entitlement where reader_id = ?", Long.class, reader.id()));
		Map<String, String> authorize = startAuthorisation(reader, "dropbox", session);
		completeAuthorisation(reader, "dropbox", session, authorize.get("state"));

		Delivery delivery = awaitStatus(reader, DeliveryStatus.FAILED);
		assertThat(delivery.getReason()).isEqualTo("Not sent: your access to this chapter has ended");
		providers.verify(0, postRequestedFor(urlEqualTo("/2/files/upload")));
	}

	@Test
	void aSaveAskedForFromAnInstitutionsAddressIsDecidedAgainFromThatAddress() throws Exception {
		providers.stubFor(post(urlEqualTo("/2/files/upload"))
			.willReturn(okJson("{\"name\":\"saving-campus.pdf\",\"id\":\"id:e\"}")));
		Chapter chapter = DeliveryFixtures.chapterWithPdf(this.catalogue, this.content, "campus");
		this.admin.createInstitution("Campus " + chapter.id(), List.of("198.51.100.0/24"));
		Long campus = this.jdbc.queryForObject("select id from institution where name = ?", Long.class,
				"Campus " + chapter.id());
		this.admin.createEntitlement(campus, null, chapter.bookId(), null, null, null);
		ReaderPrincipal reader = DeliveryFixtures.reader(this.admin);
		CookieSession session = new CookieSession();
		saveWaiting(chapter, reader, "dropbox", "dropbox", session, (request) -> {
			request.setRemoteAddr("198.51.100.7");
			return request;
		});

		// The authorisation is given from elsewhere: only the save's own address counts.
		Map<String, String> authorize = startAuthorisation(reader, "dropbox", session);
		completeAuthorisation(reader, "dropbox", session, authorize.get("state"));

		awaitStatus(reader, DeliveryStatus.DELIVERED);
		providers.verify(1, postRequestedFor(urlEqualTo("/2/files/upload")));
	}

	@Test
	void aSaveThatWaitedTooLongIsNotSentWhenTheAuthorisationFinallyComes() throws Exception {
		Chapter chapter = DeliveryFixtures.chapterWithPdf(this.catalogue, this.content, "late");
		ReaderPrincipal reader = DeliveryFixtures.entitledReader(this.admin, chapter);
		CookieSession session = new CookieSession();
		saveWaiting(chapter, reader, "dropbox", "dropbox", session);
		waitedSince(latest(reader), Duration.ofHours(25));

		Map<String, String> authorize = startAuthorisation(reader, "dropbox", session);
		assertThat(completeAuthorisation(reader, "dropbox", session, authorize.get("state"))).isEqualTo("/deliveries");

		Delivery expired = latest(reader);
		assertThat(expired.getStatus()).isEqualTo(DeliveryStatus.FAILED);
		assertThat(expired.getReason()).isEqualTo("Not sent: the authorisation did not come within 24 hours");
		providers.verify(0, postRequestedFor(urlEqualTo("/2/files/upload")));
	}

	@Test
	void aSaveLeftWaitingForAuthorisationExpires() throws Exception {
		Chapter chapter = DeliveryFixtures.chapterWithPdf(this.catalogue, this.content, "forgotten");
		ReaderPrincipal reader = DeliveryFixtures.entitledReader(this.admin, chapter);
		ReaderPrincipal recent = DeliveryFixtures.entitledReader(this.admin, chapter);
		saveWaiting(chapter, reader, "dropbox", "dropbox", new CookieSession());
		saveWaiting(chapter, recent, "dropbox", "dropbox", new CookieSession());
		waitedSince(latest(reader), Duration.ofHours(25));
		waitedSince(latest(recent), Duration.ofHours(23));

		// Runs the periodic check now rather than waiting for its turn.
		assertThat(this.scheduler.reschedule(TaskInstanceId.of(DeliveryWorker.EXPIRY_TASK_NAME, RecurringTask.INSTANCE),
				Instant.now()))
			.isTrue();

		Delivery expired = awaitStatus(reader, DeliveryStatus.FAILED);
		assertThat(expired.getReason()).isEqualTo("Not sent: the authorisation did not come within 24 hours");
		assertThat(latest(recent).getStatus()).isEqualTo(DeliveryStatus.AUTHORISATION_REQUIRED);
	}

	@Test
	void anAuthorisationEndsWithItsReaderAndNeverPassesToANewAccountWithTheSameEmail() throws Exception {
		providers.stubFor(post(urlEqualTo("/2/files/upload"))
			.willReturn(okJson("{\"name\":\"saving-deleted.pdf\",\"id\":\"id:d\"}")));
		Chapter chapter = DeliveryFixtures.chapterWithPdf(this.catalogue, this.content, "deleted");
		ReaderPrincipal first = DeliveryFixtures.entitledReader(this.admin, chapter);
		saveAndAuthorise(chapter, first, "dropbox", "dropbox");
		awaitStatus(first, DeliveryStatus.DELIVERED);

		this.admin.deleteReader(first.id());
		Reader again = this.admin.createReader(first.email(), "another long password", null, null);
		ReaderPrincipal second = new ReaderPrincipal(again.getId(), first.email(), "unused", again.getRole());
		this.admin.createEntitlement(null, second.id(), chapter.bookId(), null, null, null);

		saveWaiting(chapter, second, "dropbox", "dropbox", new CookieSession());
		providers.verify(1, postRequestedFor(urlEqualTo("/2/files/upload")));
	}

	@Test
	void aRefusalSentFromAnotherSiteChangesNothing() throws Exception {
		Chapter chapter = DeliveryFixtures.chapterWithPdf(this.catalogue, this.content, "forged-refusal");
		ReaderPrincipal reader = DeliveryFixtures.entitledReader(this.admin, chapter);
		saveWaiting(chapter, reader, "dropbox", "dropbox", new CookieSession());

		// What an image on another site makes the reader's browser send, with its cookie.
		this.mvc.perform(get("/deliveries/authorised/dropbox").with(user(reader)).param("error", "access_denied"));

		assertThat(latest(reader).getStatus()).isEqualTo(DeliveryStatus.AUTHORISATION_REQUIRED);
	}

	@Test
	void aReturnFromTheProviderSentByAnotherSiteBeforeAnyAuthorisationChangesNothing() throws Exception {
		Chapter chapter = DeliveryFixtures.chapterWithPdf(this.catalogue, this.content, "forged-return");
		ReaderPrincipal reader = DeliveryFixtures.entitledReader(this.admin, chapter);
		saveWaiting(chapter, reader, "dropbox", "dropbox", new CookieSession());

		this.mvc.perform(get("/deliveries/authorised/dropbox").with(user(reader)))
			.andExpect(redirectedUrl("/deliveries"));

		Delivery waiting = latest(reader);
		assertThat(waiting.getStatus()).isEqualTo(DeliveryStatus.AUTHORISATION_REQUIRED);
		assertThat(waiting.getAttempts()).isZero();
	}

	@Test
	void aRefusalAtTheProviderCancelsTheWaitingSavesOnlyByTheReadersOwnPost() throws Exception {
		Chapter chapter = DeliveryFixtures.chapterWithPdf(this.catalogue, this.content, "refusal");
		ReaderPrincipal reader = DeliveryFixtures.entitledReader(this.admin, chapter);
		CookieSession session = new CookieSession();
		saveWaiting(chapter, reader, "dropbox", "dropbox", session);
		Map<String, String> authorize = startAuthorisation(reader, "dropbox", session);

		String back = this.mvc
			.perform(get("/deliveries/authorised/dropbox").with(session)
				.with(user(reader))
				.param("error", "access_denied")
				.param("state", authorize.get("state")))
			.andDo(session)
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String page = this.mvc.perform(get(back).with(session).with(user(reader)))
			.andDo(session)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(latest(reader).getStatus()).isEqualTo(DeliveryStatus.AUTHORISATION_REQUIRED);
		org.jsoup.nodes.Document refused = Jsoup.parse(page);
		assertThat(refused.select("h1").text()).isEqualTo("Dropbox was not authorised");
		assertThat(refused.select("main p").text()).contains("1 save waits");
		assertThat(refused.select("a[href=/oauth2/authorization/dropbox]").text()).isEqualTo("Authorise Dropbox");
		assertThat(refused.select("main form[method=post]").attr("action")).isEqualTo("/deliveries/authorised/dropbox");
		assertThat(refused.select("main form[method=post] input[name=_csrf]")).hasSize(1);

		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post("/deliveries/authorised/dropbox")
				.with(session)
				.with(user(reader)))
			.andDo(session)
			.andExpect(status().isForbidden());
		assertThat(latest(reader).getStatus()).isEqualTo(DeliveryStatus.AUTHORISATION_REQUIRED);

		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post("/deliveries/authorised/dropbox")
				.with(session)
				.with(user(reader))
				.with(csrf()))
			.andDo(session)
			.andExpect(redirectedUrl("/deliveries"));
		Delivery cancelled = latest(reader);
		assertThat(cancelled.getStatus()).isEqualTo(DeliveryStatus.FAILED);
		assertThat(cancelled.getReason()).isEqualTo("Colophon was not authorised to save to your account");
		providers.verify(0, postRequestedFor(urlEqualTo("/2/files/upload")));
	}

	/**
	 * Saves through the form, follows the redirect to the provider's authorisation page,
	 * comes back with a code as the provider would, and returns the authorisation
	 * request's parameters.
	 */
	private Map<String, String> saveAndAuthorise(Chapter chapter, ReaderPrincipal reader, String target,
			String registrationId) throws Exception {
		CookieSession session = new CookieSession();
		saveWaiting(chapter, reader, target, registrationId, session);
		Map<String, String> decoded = startAuthorisation(reader, registrationId, session);
		assertThat(completeAuthorisation(reader, registrationId, session, decoded.get("state")))
			.matches(java.util.regex.Pattern.quote(chapter.path() + "?delivery=") + "\\d+");
		return decoded;
	}

	/**
	 * Comes back from the provider with a code, as the provider would, and answers where
	 * the page the reader lands on sends them.
	 */
	private String completeAuthorisation(ReaderPrincipal reader, String registrationId, CookieSession session,
			String state) throws Exception {
		String back = this.mvc
			.perform(get("/deliveries/authorised/" + registrationId).with(session)
				.with(user(reader))
				.param("code", "the-code")
				.param("state", state))
			.andDo(session)
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(back).endsWith("/deliveries/authorised/" + registrationId);
		return this.mvc.perform(get(back).with(session).with(user(reader)))
			.andDo(session)
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	/**
	 * Saves through the form, which waits for the provider's authorisation.
	 */
	private void saveWaiting(Chapter chapter, ReaderPrincipal reader, String target, String registrationId,
			CookieSession session, RequestPostProcessor... extras) throws Exception {
		MockHttpServletRequestBuilder save = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post(chapter.path() + "/save/" + target);
		for (RequestPostProcessor extra : extras) {
			save = save.with(extra);
		}
		this.mvc
			.perform(save.with(session)
				.with(user(reader))
				.with(csrf())
				.param("format", "PDF")
				.param("acceptPolicy", "true")
				.param("idempotencyKey", "cloud-" + target)
				.param("place", "dialog"))
			.andDo(session)
			.andExpect(redirectedUrl("/oauth2/authorization/" + registrationId));
		assertThat(
				this.deliveries.findByReaderIdOrderByIdDesc(reader.id(), org.springframework.data.domain.Limit.of(1)))
			.singleElement()
			.extracting(Delivery::getStatus)
			.isEqualTo(DeliveryStatus.AUTHORISATION_REQUIRED);
	}

	/**
	 * Follows the redirect to the provider's authorisation page and returns the
	 * authorisation request's parameters, decoded.
	 */
	private Map<String, String> startAuthorisation(ReaderPrincipal reader, String registrationId, CookieSession session)
			throws Exception {
		String location = this.mvc
			.perform(get("/oauth2/authorization/" + registrationId).with(session).with(user(reader)))
			.andDo(session)
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith(providers.baseUrl());
		Map<String, String> parameters = UriComponentsBuilder.fromUri(URI.create(location))
			.build()
			.getQueryParams()
			.toSingleValueMap();
		Map<String, String> decoded = new java.util.HashMap<>();
		parameters.forEach((name, value) -> decoded.put(name,
				java.net.URLDecoder.decode(value, java.nio.charset.StandardCharsets.UTF_8)));
		return decoded;
	}

	/**
	 * Moves the time the delivery began to wait back by the given duration, as if that
	 * much time had passed.
	 */
	private void waitedSince(Delivery delivery, Duration ago) {
		this.jdbc.update("update delivery set updated_at = ? where id = ?",
				java.sql.Timestamp.from(delivery.getUpdatedAt().minus(ago)), delivery.getId());
	}

	private Delivery awaitStatus(ReaderPrincipal reader, DeliveryStatus status) {
		await().atMost(Duration.ofSeconds(30)).until(() -> latest(reader).getStatus(), (current) -> current == status);
		return latest(reader);
	}

	private Delivery latest(ReaderPrincipal reader) {
		return this.deliveries.findByReaderIdOrderByIdDesc(reader.id(), org.springframework.data.domain.Limit.of(1))
			.get(0);
	}

}
