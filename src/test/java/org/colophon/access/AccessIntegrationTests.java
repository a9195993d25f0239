package org.colophon.access;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.colophon.catalogue.BookDetails;
import org.colophon.catalogue.CatalogueFixtures;
import org.colophon.catalogue.CatalogueService;
import org.colophon.catalogue.StoreOutcome;
import org.colophon.content.ContentFormat;
import org.colophon.content.ContentService;
import org.colophon.usage.UsageLog;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The access decision end to end: the admin API that sets it up, the page and JSON for
 * each basis, full-text downloads and the usage events they leave.
 */
@SpringBootTest(properties = { "colophon.admin.email=admin@colophon.test",
		"colophon.admin.password=correct horse battery staple" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AccessIntegrationTests {

	static final String SEED_CHAPTER = "90609dfc5ebe730d";

	static final String SEED_BOOK = "6e25aec0667874f0";

	static final String SEED_PATH = "/chapters/" + SEED_CHAPTER
			+ "/the-great-terror-on-the-local-level-purges-in-moscow-factories-1936-1938";

	private static final RequestPostProcessor ADMIN = httpBasic("admin@colophon.test", "correct horse battery staple");

	private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private CatalogueService catalogue;

	@Autowired
	private ContentService content;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private UsageLog usage;

	private final ObjectMapper json = new ObjectMapper();

	@TempDir
	private Path folder;

	@Test
	void anonymousOutsiderIsDeniedTheSeedChapterAndOfferedTheOptions() throws Exception {
		Document page = page(SEED_PATH, from("198.51.100.20"));

		assertThat(page.select(".badge")).isEmpty();
		assertThat(page.select(".chapter-header a[href=#access-options]").text()).isEqualTo("Get access");
		assertThat(page.select("#access-options p").first().text()).startsWith("Get access to the full version");
		assertThat(page.select(".option-card h3").eachText()).containsExactly("Log in",
				"Log in through your institution");
		assertThat(page.select(".option-card a").first().attr("href")).isEqualTo("/login?continue=" + SEED_PATH);

		this.mvc.perform(get("/api/chapters/" + SEED_CHAPTER + "/access").with(from("198.51.100.20")))
			.andExpect(jsonPath("$.granted").value(false))
			.andExpect(jsonPath("$.basis").value("NONE"))
			.andExpect(jsonPath("$.providedBy").isEmpty())
			.andExpect(jsonPath("$.options[0].kind").value("LOG_IN"))
			.andExpect(jsonPath("$.options[0].label").value("Log in"))
			.andExpect(jsonPath("$.options[1].kind").value("INSTITUTIONAL_LOG_IN"));
		this.mvc.perform(get("/api/chapters/" + SEED_CHAPTER).with(from("198.51.100.20")))
			.andExpect(jsonPath("$.accessOptions[0].kind").value("LOG_IN"));
	}

	@Test
	void institutionOnTheViewersIpv4RangeProvidesAccess() throws Exception {
		long institution = createInstitution("Ridgeway University", "203.0.113.0/24");
		entitle("institutionId", institution, "publicationId", SEED_BOOK);

		Document page = page(SEED_PATH, from("203.0.113.77"));

		assertThat(page.select(".badge").text()).isEqualTo("Access provided by Ridgeway University");
		assertThat(page.select(".option-card")).isEmpty();
		this.mvc.perform(get("/api/chapters/" + SEED_CHAPTER + "/access").with(from("203.0.113.77")))
			.andExpect(jsonPath("$.granted").value(true))
			.andExpect(jsonPath("$.basis").value("INSTITUTION"))
			.andExpect(jsonPath("$.providedBy").value("Ridgeway University"))
			.andExpect(jsonPath("$.options").isEmpty());
	}

	@Test
	void institutionOnTheViewersIpv6RangeProvidesAccess() throws Exception {
		long institution = createInstitution("Fenland Institute", "2001:db8:42::/48");
		entitle("institutionId", institution, "chapterId", SEED_CHAPTER);

		this.mvc.perform(get("/api/chapters/" + SEED_CHAPTER + "/access").with(from("2001:db8:42:1::9")))
			.andExpect(jsonPath("$.basis").value("INSTITUTION"))
			.andExpect(jsonPath("$.providedBy").value("Fenland Institute"));
		this.mvc.perform(get("/api/chapters/" + SEED_CHAPTER + "/access").with(from("2001:db8:43::9")))
			.andExpect(jsonPath("$.granted").value(false));
	}

	@Test
	void readerWithTheirOwnEntitlementHasAccess() throws Exception {
		long reader = createReader("personal@colophon.test");
		entitle("readerId", reader, "publicationId", SEED_BOOK);
		RequestPostProcessor asReader = httpBasic("personal@colophon.test", "a long enough password");

		Document page = page(SEED_PATH, asReader);

		assertThat(page.select(".badge").text()).isEqualTo("You have access");
		assertThat(page.select(".signed-in").text()).isEqualTo("Signed in as personal@colophon.test");
		this.mvc.perform(get("/api/chapters/" + SEED_CHAPTER + "/access").with(asReader))
			.andExpect(jsonPath("$.basis").value("PERSONAL"));
	}

	@Test
	void openAccessAndFreeModelsAreShownToEveryone() throws Exception {
		String open = storeChapter("open-access").chapterId();
		String free = storeChapter("free").chapterId();
		this.mvc
			.perform(put("/api/admin/chapters/" + open + "/access-model").with(ADMIN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"model\":\"OPEN_ACCESS\",\"licence\":\"CC BY 4.0\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.model").value("OPEN_ACCESS"))
			.andExpect(jsonPath("$.licence").value("CC BY 4.0"));
		this.mvc
			.perform(put("/api/admin/chapters/" + free + "/access-model").with(ADMIN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"model\":\"FREE\"}"))
			.andExpect(status().isOk());

		Document openPage = page("/chapters/" + open, from("198.51.100.20"));
		assertThat(openPage.select(".badge").text()).isEqualTo("Open access");
		assertThat(openPage.select(".licence").text()).isEqualTo("Licence: CC BY 4.0");
		assertThat(page("/chapters/" + free, from("198.51.100.20")).select(".badge").text()).isEqualTo("Free");
		this.mvc.perform(get("/api/chapters/" + open + "/access"))
			.andExpect(jsonPath("$.basis").value("OPEN_ACCESS"))
			.andExpect(jsonPath("$.licence").value("CC BY 4.0"));
		this.mvc.perform(get("/api/chapters/" + free + "/access")).andExpect(jsonPath("$.basis").value("FREE"));
	}

	@Test
	void deniedDownloadIsA403WithTheOptionsAndIsRecordedAsATurnaway() throws Exception {
		StoreOutcome stored = storeChapter("turnaway");
		attachPdf(stored.chapterId());

		String body = this.mvc.perform(get(pathOf(stored) + "/pdf").with(from("198.51.100.20")))
			.andExpect(status().isForbidden())
			.andReturn()
			.getResponse()
			.getContentAsString();

		Document page = Jsoup.parse(body);
		assertThat(page.select("h1").text()).isEqualTo("You do not have access to this full text");
		assertThat(page.select(".option-card h3").eachText()).contains("Log in");
		assertThat(usageOf(stored.chapterId())).singleElement().satisfies((event) -> {
			assertThat(event.granted()).isFalse();
			assertThat(event.denialReason()).isEqualTo("NO_LICENCE");
			assertThat(event.format()).isEqualTo("PDF");
			assertThat(event.sessionKey()).hasSize(32);
		});
	}

	@Test
	void grantedDownloadServesTheFileWithRangesAndIsRecorded() throws Exception {
		StoreOutcome stored = storeChapter("granted");
		attachPdf(stored.chapterId());
		long institution = createInstitution("Granted College", "192.0.2.0/24");
		entitle("institutionId", institution, "chapterId", stored.chapterId());

		byte[] file = this.mvc.perform(get(pathOf(stored) + "/pdf").with(from("192.0.2.5")))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/pdf"))
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
					org.hamcrest.Matchers.startsWith("inline; filename=\"chapter-granted")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(file).isEqualTo(PDF);

		this.mvc.perform(get(pathOf(stored) + "/pdf").with(from("192.0.2.5")).header(HttpHeaders.RANGE, "bytes=0-7"))
			.andExpect(status().isPartialContent())
			.andExpect(header().string(HttpHeaders.CONTENT_RANGE, "bytes 0-7/" + PDF.length));

		assertThat(usageOf(stored.chapterId())).hasSize(2).allSatisfy((event) -> {
			assertThat(event.granted()).isTrue();
			assertThat(event.institutionId()).isEqualTo(institution);
		});
		Document page = page(pathOf(stored), from("192.0.2.5"));
		assertThat(page.select(".formats a").attr("href")).isEqualTo(pathOf(stored) + "/pdf");
		assertThat(page(pathOf(stored), from("198.51.100.20")).select(".formats a")).isEmpty();
	}

	@Test
	void aFormatTheChapterLacksIsNotFound() throws Exception {
		this.mvc.perform(get(SEED_PATH + "/html")).andExpect(status().isNotFound());
	}

	@Test
	void adminApiNeedsTheAdminRole() throws Exception {
		this.mvc.perform(get("/api/admin/institutions")).andExpect(status().isUnauthorized());
		createReader("not-an-admin@colophon.test");
		this.mvc
			.perform(get("/api/admin/institutions")
				.with(httpBasic("not-an-admin@colophon.test", "a long enough password")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/admin/institutions").with(ADMIN)).andExpect(status().isOk());
	}

	@Test
	void adminApiListsAndDeletes() throws Exception {
		long institution = createInstitution("Short-lived Society", "198.18.0.0/15");
		long entitlement = entitle("institutionId", institution, "publicationId", SEED_BOOK);
		long reader = createReader("listed@colophon.test");

		this.mvc.perform(get("/api/admin/institutions").with(ADMIN))
			.andExpect(jsonPath("$[?(@.id == " + institution + ")].ipRanges[0]").value("198.18.0.0/15"));
		this.mvc.perform(get("/api/admin/entitlements").with(ADMIN))
			.andExpect(jsonPath("$[?(@.id == " + entitlement + ")].publicationId").value(SEED_BOOK));
		String readers = this.mvc.perform(get("/api/admin/readers").with(ADMIN))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(readers).contains("listed@colophon.test").doesNotContain("password", "bcrypt", "$2a$");

		this.mvc.perform(delete("/api/admin/entitlements/" + entitlement).with(ADMIN))
			.andExpect(status().isNoContent());
		this.mvc.perform(delete("/api/admin/institutions/" + institution).with(ADMIN))
			.andExpect(status().isNoContent());
		this.mvc.perform(delete("/api/admin/readers/" + reader).with(ADMIN)).andExpect(status().isNoContent());
		this.mvc.perform(delete("/api/admin/readers/" + reader).with(ADMIN)).andExpect(status().isNotFound());
	}

	@Test
	void badAdminInputIsA400NamingTheFieldAndSavesNothing() throws Exception {
		int before = institutionCount();

		expectBadRequest(post("/api/admin/institutions"),
				"{\"name\":\"Half Saved\",\"ipRanges\":[\"10.0.0.0/8\",\"10.0.0.0/99\"]}", "ipRanges[1]");
		expectBadRequest(post("/api/admin/institutions"), "{\"name\":\" \",\"ipRanges\":[]}", "name");
		expectBadRequest(post("/api/admin/institutions"), "{\"name\":\"Too Many Networks\",\"ipRanges\":["
				+ String.join(",", Collections.nCopies(5001, "\"10.0.0.0/8\"")) + "]}", "ipRanges");
		expectBadRequest(post("/api/admin/institutions"), "{\"name\":\"" + "n".repeat(501) + "\",\"ipRanges\":[]}",
				"name");
		long institution = createInstitution("Validated", "100.64.0.0/10");
		expectBadRequest(post("/api/admin/entitlements"),
				"{\"institutionId\":" + institution + ",\"publicationId\":\"no-such-book\"}", "publicationId");
		expectBadRequest(post("/api/admin/entitlements"), "{\"institutionId\":" + institution + ",\"publicationId\":\""
				+ SEED_BOOK + "\",\"startsOn\":\"2026-05-01\",\"endsOn\":\"2026-04-01\"}", "endsOn");
		expectBadRequest(post("/api/admin/entitlements"), "{\"institutionId\":" + institution + ",\"publicationId\":\""
				+ SEED_BOOK + "\",\"startsOn\":\"not a date\"}", "startsOn");
		expectBadRequest(post("/api/admin/entitlements"),
				"{\"institutionId\":999999,\"publicationId\":\"" + SEED_BOOK + "\"}", "institutionId");
		expectBadRequest(post("/api/admin/readers"), "{\"email\":\"nobody\",\"password\":\"a long enough password\"}",
				"email");
		expectBadRequest(post("/api/admin/readers"), "{\"email\":\"short@colophon.test\",\"password\":\"short\"}",
				"password");
		expectBadRequest(put("/api/admin/chapters/" + SEED_CHAPTER + "/access-model"), "{\"model\":\"GRATIS\"}",
				"model");
		this.mvc
			.perform(put("/api/admin/chapters/no-such-chapter/access-model").with(ADMIN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"model\":\"FREE\"}"))
			.andExpect(status().isNotFound());

		assertThat(institutionCount()).isEqualTo(before + 1);
	}

	@Test
	void eachBadAdminInputIsAnsweredWithTheFieldAndTheRuleItBreaks() throws Exception {
		String book = "\"publicationId\":\"" + SEED_BOOK + "\"";
		long institution = createInstitution("Rule Keeper", "100.64.0.0/10");
		createReader("taken-by-admin@colophon.test");

		expectProblem(post("/api/admin/institutions"), "{\"ipRanges\":[]}", "name", "must not be blank");
		expectProblem(post("/api/admin/institutions"), "{\"name\":\"" + "n".repeat(501) + "\"}", "name",
				"must have at most 500 characters");
		expectProblem(post("/api/admin/institutions"), "{\"name\":\"Nulls\",\"ipRanges\":[null]}", "ipRanges[0]",
				"an IP range is empty");
		for (String text : new String[] { "${1+1} {max}", "{signup.password.hint} #{1} \\${x} \\{y} \\",
				"1.2.3.4/x" }) {
			String reason = text.endsWith("/x") ? "'" + text + "' has an invalid prefix length"
					: "'" + text + "' is not an IPv4 or IPv6 range in CIDR form";
			expectProblem(post("/api/admin/institutions"),
					"{\"name\":\"Words\",\"ipRanges\":[\"10.0.0.0/8\",\"10.1.0.0/16\","
							+ this.json.writeValueAsString(text) + "]}",
					"ipRanges[2]", reason);
		}
		expectProblem(post("/api/admin/institutions"), "{\"name\":\"Wide\",\"ipRanges\":[\"10.1.2.3/8\"]}",
				"ipRanges[0]", "'10.1.2.3/8' has host bits set; the network is 10.0.0.0/8");
		expectProblem(post("/api/admin/institutions"), "{\"name\":\"Wide\",\"ipRanges\":[\"0.0.0.0/0\"]}",
				"ipRanges[0]", "'0.0.0.0/0' covers every address");
		expectProblem(post("/api/admin/institutions"), "{\"name\":\"Wide\",\"ipRanges\":[\"::ffff:0:0/96\"]}",
				"ipRanges[0]", "'::ffff:0:0/96' covers every IPv4 address (as IPv4-mapped IPv6)");
		expectProblem(post("/api/admin/entitlements"), "{" + book + "}", "institutionId",
				"give exactly one of institutionId and readerId");
		expectProblem(post("/api/admin/entitlements"),
				"{\"institutionId\":" + institution + ",\"readerId\":1," + book + "}", "institutionId",
				"give exactly one of institutionId and readerId");
		expectProblem(post("/api/admin/entitlements"),
				"{\"institutionId\":" + institution + "," + book + ",\"chapterId\":\"" + SEED_CHAPTER + "\"}",
				"publicationId", "give exactly one of publicationId and chapterId");
		expectProblem(post("/api/admin/entitlements"),
				"{\"institutionId\":" + institution + "," + book
						+ ",\"startsOn\":\"2026-05-02\",\"endsOn\":\"2026-05-01\"}",
				"endsOn", "must not be before startsOn");
		expectProblem(post("/api/admin/entitlements"), "{\"institutionId\":999999," + book + "}", "institutionId",
				"no institution with id 999999");
		expectProblem(post("/api/admin/entitlements"), "{\"readerId\":999999," + book + "}", "readerId",
				"no reader with id 999999");
		expectProblem(post("/api/admin/entitlements"),
				"{\"institutionId\":" + institution + ",\"chapterId\":\"no-such-chapter\"}", "chapterId",
				"no chapter with id no-such-chapter");
		expectProblem(post("/api/admin/entitlements"),
				"{\"institutionId\":" + institution + ",\"publicationId\":\"no-such-book\"}", "publicationId",
				"no publication with id no-such-book");
		expectProblem(post("/api/admin/readers"), "{\"password\":\"a long enough password\"}", "email",
				"must be an e-mail address");
		expectProblem(post("/api/admin/readers"),
				"{\"email\":\"" + "x".repeat(310) + "@colophon.test\",\"password\":\"a long enough password\"}",
				"email", "must be an e-mail address");
		for (String password : new String[] { null, "short", "\u00e9".repeat(40) }) {
			expectProblem(post("/api/admin/readers"),
					"{\"email\":\"rules@colophon.test\",\"password\":" + this.json.writeValueAsString(password) + "}",
					"password", "must have at least 12 characters and at most 72 bytes");
		}
		expectProblem(post("/api/admin/readers"),
				"{\"email\":\"rules@colophon.test\",\"password\":\"a long enough password\",\"institutionId\":999999}",
				"institutionId", "no institution with id 999999");
		expectProblem(post("/api/admin/readers"),
				"{\"email\":\" Taken-By-Admin@colophon.test \",\"password\":\"a long enough password\"}", "email",
				"An account already exists for this e-mail address");
		expectProblem(put("/api/admin/chapters/" + SEED_CHAPTER + "/access-model"), "{}", "model",
				"must be one of OPEN_ACCESS, FREE, RESTRICTED");
		expectProblem(put("/api/admin/chapters/" + SEED_CHAPTER + "/access-model"),
				"{\"model\":\"FREE\",\"licence\":\"" + "l".repeat(501) + "\"}", "licence",
				"must have at most 500 characters");
		for (String amount : new String[] { "null", "0", "-1", "1.234", "25.000" }) {
			expectProblem(put("/api/admin/publications/" + SEED_BOOK + "/price"),
					"{\"amount\":" + amount + ",\"currency\":\"GBP\"}", "amount",
					"must be a positive amount with at most two decimals");
		}
		for (String currency : new String[] { "null", "\"XYZ\"", "\"gbp\"" }) {
			expectProblem(put("/api/admin/publications/" + SEED_BOOK + "/price"),
					"{\"amount\":25.00,\"currency\":" + currency + "}", "currency",
					"must be an ISO 4217 currency code");
		}
	}

	@Test
	void everyBadFieldIsNamedOnceInTheOrderOfTheRequest() throws Exception {
		List<String> ranges = new ArrayList<>(Collections.nCopies(12, "10.0.0.0/8"));
		ranges.set(2, "bad");
		ranges.set(10, "10.0.0.0/99");
		this.mvc
			.perform(post("/api/admin/institutions").with(ADMIN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\" \",\"ipRanges\":" + this.json.writeValueAsString(ranges) + "}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("name must not be blank"))
			.andExpect(jsonPath("$.errors[*].field")
				.value(org.hamcrest.Matchers.contains("name", "ipRanges[2]", "ipRanges[10]")));
		this.mvc
			.perform(post("/api/admin/entitlements").with(ADMIN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"startsOn\":\"2026-05-02\",\"endsOn\":\"2026-05-01\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("institutionId give exactly one of institutionId and readerId"))
			.andExpect(jsonPath("$.errors[*].field")
				.value(org.hamcrest.Matchers.contains("institutionId", "publicationId", "endsOn")));
		this.mvc
			.perform(post("/api/admin/readers").with(ADMIN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"email\":\"" + "@".repeat(400) + "\",\"password\":\"short\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].message").value(org.hamcrest.Matchers.contains("must be an e-mail address",
					"must have at least 12 characters and at most 72 bytes")));
	}

	@Test
	void purchaseOptionAppearsWithItsPriceOnceConfigured() throws Exception {
		StoreOutcome stored = storeChapter("priced");
		this.mvc
			.perform(put("/api/admin/publications/" + stored.bookId() + "/price").with(ADMIN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"amount\":25.00,\"currency\":\"GBP\"}"))
			.andExpect(status().isNoContent());

		this.mvc.perform(get("/api/chapters/" + stored.chapterId() + "/access"))
			.andExpect(jsonPath("$.options[2].kind").value("PURCHASE"))
			.andExpect(jsonPath("$.options[2].label").value("Buy the book (\u00a325.00)"));
	}

	private void expectBadRequest(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			String body, String field) throws Exception {
		this.mvc.perform(request.with(ADMIN).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value(field));
	}

	private void expectProblem(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			String body, String field, String message) throws Exception {
		this.mvc.perform(request.with(ADMIN).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("Invalid input"))
			.andExpect(jsonPath("$.detail").value(field + " " + message))
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[0].field").value(field))
			.andExpect(jsonPath("$.errors[0].message").value(message));
	}

	private int institutionCount() throws Exception {
		return this.json
			.readTree(this.mvc.perform(get("/api/admin/institutions?size=100").with(ADMIN))
				.andReturn()
				.getResponse()
				.getContentAsString())
			.size();
	}

	private long createInstitution(String name, String cidr) throws Exception {
		return created(post("/api/admin/institutions"), "{\"name\":\"" + name + "\",\"ipRanges\":[\"" + cidr + "\"]}");
	}

	private long createReader(String email) throws Exception {
		return created(post("/api/admin/readers"),
				"{\"email\":\"" + email + "\",\"password\":\"a long enough password\"}");
	}

	private long entitle(String holderField, long holder, String itemField, String item) throws Exception {
		return created(post("/api/admin/entitlements"),
				"{\"" + holderField + "\":" + holder + ",\"" + itemField + "\":\"" + item + "\"}");
	}

	private long created(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			String body) throws Exception {
		String response = this.mvc.perform(request.with(ADMIN).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		JsonNode node = this.json.readTree(response);
		assertThat(node.has("password")).isFalse();
		return node.get("id").asLong();
	}

	private StoreOutcome storeChapter(String name) {
		BookDetails book = new BookDetails("Access test book " + name, null, "Test Press", 2020);
		return this.catalogue.store("access-" + name, "hash", book, List.of(),
				CatalogueFixtures.chapter("1", "Chapter " + name, "1"));
	}

	private String pathOf(StoreOutcome stored) {
		return "/chapters/" + stored.chapterId() + "/" + this.catalogue.chapter(stored.chapterId()).slug();
	}

	private void attachPdf(String chapterId) throws Exception {
		Path pdf = this.folder.resolve(chapterId + ".pdf");
		Files.write(pdf, PDF);
		this.content.attach(chapterId, ContentFormat.PDF, pdf);
	}

	private Document page(String path, RequestPostProcessor viewer) throws Exception {
		var response = this.mvc.perform(get(path).with(viewer)).andReturn().getResponse();
		if (response.getStatus() == 302) {
			return page(response.getRedirectedUrl(), viewer);
		}
		assertThat(response.getStatus()).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	/**
	 * The usage events recorded for a chapter, read straight from their table once the
	 * usage log has written what it holds.
	 */
	private List<Usage> usageOf(String chapterId) {
		this.usage.flush();
		return this.jdbc
			.sql("select granted, denial_reason, format, session_key, institution_id from usage_event"
					+ " where chapter_id = ? order by id")
			.param(chapterId)
			.query(Usage.class)
			.list();
	}

	record Usage(boolean granted, String denialReason, String format, String sessionKey, Long institutionId) {
	}

}
