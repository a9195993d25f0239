package org.colophon.counter;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.colophon.catalogue.CatalogueService;
import org.colophon.content.ContentFormat;
import org.colophon.content.ContentService;
import org.colophon.usage.UsageLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The COUNTER_SUSHI API end to end on the fixture month of {@link CounterFixtures}:
 * credentials issued by the admin API, every answer valid against the official COUNTER
 * 5.1 schemas, the exceptions for bad parameters and wrong credentials, the tabular
 * files, and robots told apart when full text is requested.
 */
@SpringBootTest(properties = { "colophon.admin.email=admin@colophon.test",
		"colophon.admin.password=correct horse battery staple" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SushiIntegrationTests {

	private static final RequestPostProcessor ADMIN = httpBasic("admin@colophon.test", "correct horse battery staple");

	private static final String SEED_CHAPTER = "90609dfc5ebe730d";

	@TestBean
	private Clock clock;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private UsageLog usage;

	@Autowired
	private CatalogueService catalogue;

	@Autowired
	private ContentService content;

	@Autowired
	private SushiCredentialService sushiCredentials;

	private final ObjectMapper json = new ObjectMapper();

	private CounterFixtures fixtures;

	private JsonNode credentials;

	static Clock clock() {
		return Clock.fixed(CounterFixtures.NOW, ZoneOffset.UTC);
	}

	@BeforeEach
	void loadFixturesAndIssueCredentials() throws Exception {
		this.fixtures = new CounterFixtures(this.jdbc);
		if (this.jdbc.sql("SELECT COUNT(*) FROM publication WHERE public_id = 'B1'").query(Long.class).single() == 0) {
			this.fixtures.load();
		}
		this.fixtures.institutionA = this.jdbc.sql("SELECT id FROM institution WHERE name = 'Ridgeway University'")
			.query(Long.class)
			.single();
		this.fixtures.institutionB = this.jdbc.sql("SELECT id FROM institution WHERE name = 'Fenland College'")
			.query(Long.class)
			.single();
		this.credentials = issue(this.fixtures.institutionA);
	}

	@Test
	void issuesCredentialsOnceAndKeepsOnlyTheKeysHash() throws Exception {
		assertThat(this.credentials.get("customerId").asString()).isEqualTo(Long.toString(this.fixtures.institutionA));
		String apiKey = this.credentials.get("apiKey").asString();
		assertThat(apiKey).hasSizeGreaterThanOrEqualTo(43);
		String stored = this.jdbc.sql("SELECT api_key_hash FROM sushi_credential WHERE institution_id = ?")
			.param(this.fixtures.institutionA)
			.query(String.class)
			.single();
		assertThat(stored).isNotEqualTo(apiKey)
			.isEqualTo(HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(apiKey.getBytes(StandardCharsets.UTF_8))));

		assertThat(this.sushiCredentials.credentials(this.fixtures.institutionA)).hasValueSatisfying((view) -> {
			assertThat(view.customerId()).isEqualTo(this.credentials.get("customerId").asString());
			assertThat(view.requestorId()).isEqualTo(this.credentials.get("requestorId").asString());
			assertThat(view.issuedAt()).isEqualTo(CounterFixtures.NOW);
		});
		long unissued = this.fixtures.institution("Library without credentials " + UUID.randomUUID());
		assertThat(this.sushiCredentials.credentials(unissued)).isEmpty();

		JsonNode reissued = issue(this.fixtures.institutionA);

		assertThat(reissued.get("customerId").asString()).isEqualTo(this.credentials.get("customerId").asString());
		assertThat(sushi("/sushi/r51/members", this.credentials).getStatus()).isEqualTo(401);
		assertThat(sushi("/sushi/r51/members", reissued).getStatus()).isEqualTo(200);
	}

	@Test
	void credentialsAreIssuedToAdminsOnlyAndForExistingInstitutions() throws Exception {
		assertThat(this.mvc
			.perform(post("/api/admin/institutions/{id}/sushi-credentials", this.fixtures.institutionA)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andReturn()
			.getResponse()
			.getStatus()).isIn(401, 403);
		assertThat(this.mvc
			.perform(post("/api/admin/institutions/{id}/sushi-credentials", 999_999).with(ADMIN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

	@Test
	void statusIsPublicAndValid() throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/sushi/r51/status")).andReturn().getResponse();

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(CounterSchemas.responseErrors("200_Status", response.getContentAsString())).isEmpty();
	}

	@Test
	void membersAndReportListsAreValid() throws Exception {
		MockHttpServletResponse members = sushi("/sushi/r51/members", this.credentials);
		MockHttpServletResponse reports = sushi("/sushi/r51/reports", this.credentials);

		assertThat(members.getStatus()).isEqualTo(200);
		assertThat(CounterSchemas.responseErrors("200_Members", members.getContentAsString())).isEmpty();
		assertThat(this.json.readTree(members.getContentAsString()).get(0).get("Institution_Name").asString())
			.isEqualTo("Ridgeway University");
		assertThat(reports.getStatus()).isEqualTo(200);
		assertThat(CounterSchemas.responseErrors("200_Reports", reports.getContentAsString())).isEmpty();
		JsonNode list = this.json.readTree(reports.getContentAsString());
		assertThat(list).extracting((report) -> report.get("Report_ID").asString())
			.containsExactly("PR", "PR_P1", "TR", "TR_B1", "TR_B2", "TR_B3", "IR");
		assertThat(list.get(0).get("First_Month_Available").asString()).isEqualTo("2026-01");
		assertThat(list.get(0).get("Last_Month_Available").asString()).isEqualTo("2026-03");
	}

	@Test
	void everyReportIsValidAgainstItsSchema() throws Exception {
		for (ReportType type : ReportType.values()) {
			MockHttpServletResponse response = sushi("/sushi/r51/reports/" + type.path(), this.credentials,
					"begin_date", "2026-01", "end_date", "2026-03");

			assertThat(response.getStatus()).as(type.name()).isEqualTo(200);
			assertThat(CounterSchemas.errors(type.name(), response.getContentAsString())).as(type.name()).isEmpty();
			JsonNode header = this.json.readTree(response.getContentAsString()).get("Report_Header");
			assertThat(header.get("Exceptions").get(0).get("Code").asInt()).as(type.name()).isEqualTo(3031);
		}
	}

	@Test
	void reportsWithEveryAttributeAndFilterAreValid() throws Exception {
		MockHttpServletResponse tr = sushi("/sushi/r51/reports/tr", this.credentials, "begin_date", "2026-02-01",
				"end_date", "2026-02-28", "attributes_to_show", "YOP|Access_Type|Access_Method", "access_type",
				"Controlled|Open", "yop", "2000-2030", "metric_type", "Total_Item_Requests|No_License");
		MockHttpServletResponse ir = sushi("/sushi/r51/reports/ir", this.credentials, "begin_date", "2026-02",
				"end_date", "2026-02", "attributes_to_show", "YOP|Access_Type|Access_Method", "include_parent_details",
				"True");
		MockHttpServletResponse pr = sushi("/sushi/r51/reports/pr", this.credentials, "begin_date", "2026-02",
				"end_date", "2026-02", "attributes_to_show", "Access_Method");

		assertThat(CounterSchemas.errors("TR", tr.getContentAsString())).isEmpty();
		JsonNode trItems = this.json.readTree(tr.getContentAsString()).get("Report_Items");
		assertThat(trItems).hasSize(1);
		JsonNode alpha = trItems.get(0);
		assertThat(alpha.get("Title").asString()).isEqualTo("Alpha Book");
		assertThat(alpha.get("Item_ID").get("Proprietary").asString()).isEqualTo("Colophon:B1");
		JsonNode performance = alpha.get("Attribute_Performance").get(0);
		assertThat(performance.get("YOP").asString()).isEqualTo("2020");
		assertThat(performance.get("Access_Type").asString()).isEqualTo("Controlled");
		assertThat(performance.get("Performance").get("Total_Item_Requests").get("2026-02").asInt()).isEqualTo(5);
		assertThat(performance.get("Performance").get("No_License").get("2026-02").asInt()).isEqualTo(2);
		assertThat(CounterSchemas.errors("IR", ir.getContentAsString())).isEmpty();
		assertThat(this.json.readTree(ir.getContentAsString()).get("Report_Items").get(0).get("Items")).hasSize(2);
		assertThat(CounterSchemas.errors("PR", pr.getContentAsString())).isEmpty();
		assertThat(this.json.readTree(pr.getContentAsString())
			.at("/Report_Items/0/Attribute_Performance/0/Performance/Unique_Title_Requests/2026-02")
			.asInt()).isEqualTo(4);
	}

	@Test
	void aTurnawayIsInTheBookAccessDeniedView() throws Exception {
		MockHttpServletResponse response = sushi("/sushi/r51/reports/tr_b2", this.credentials, "begin_date", "2026-02",
				"end_date", "2026-02");

		assertThat(CounterSchemas.errors("TR_B2", response.getContentAsString())).isEmpty();
		JsonNode report = this.json.readTree(response.getContentAsString());
		assertThat(report.at("/Report_Items/0/Attribute_Performance/0/Performance/No_License/2026-02").asInt())
			.isEqualTo(2);
		assertThat(report.get("Report_Header").has("Exceptions")).isFalse();
	}

	@Test
	void aPeriodWithoutUsageIsAnsweredWithException3030() throws Exception {
		MockHttpServletResponse response = sushi("/sushi/r51/reports/tr", this.credentials, "begin_date", "2025-05",
				"end_date", "2025-06");

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(CounterSchemas.errors("TR", response.getContentAsString())).isEmpty();
		JsonNode report = this.json.readTree(response.getContentAsString());
		assertThat(report.at("/Report_Header/Exceptions/0/Code").asInt()).isEqualTo(3030);
		assertThat(report.get("Report_Items")).isEmpty();
	}

	@Test
	void parametersAndValuesNotRecognisedAreNamedAndIgnored() throws Exception {
		MockHttpServletResponse response = sushi("/sushi/r51/reports/tr_b1", this.credentials, "begin_date", "2026-02",
				"end_date", "2026-02", "metric_type", "No_License", "colour", "blue");
		MockHttpServletResponse tr = sushi("/sushi/r51/reports/tr", this.credentials, "begin_date", "2026-02",
				"end_date", "2026-02", "access_type", "Paid", "attributes_to_show", "Colour");

		assertThat(CounterSchemas.errors("TR_B1", response.getContentAsString())).isEmpty();
		JsonNode exception = this.json.readTree(response.getContentAsString()).at("/Report_Header/Exceptions/0");
		assertThat(exception.get("Code").asInt()).isEqualTo(3050);
		assertThat(exception.get("Data").asString()).isEqualTo("colour, metric_type");
		assertThat(CounterSchemas.errors("TR", tr.getContentAsString())).isEmpty();
		JsonNode exceptions = this.json.readTree(tr.getContentAsString()).at("/Report_Header/Exceptions");
		assertThat(exceptions).extracting((node) -> node.get("Code").asInt()).containsExactly(3060, 3062);
	}

	@Test
	void badDatesAndMissingParametersAreExceptions() throws Exception {
		assertException(sushi("/sushi/r51/reports/pr", this.credentials, "end_date", "2026-02"), 400, 1030,
				"400_Exception");
		assertException(
				sushi("/sushi/r51/reports/pr", this.credentials, "begin_date", "2026-02", "end_date", "2026-01"), 400,
				3020, "400_Exception");
		assertException(
				sushi("/sushi/r51/reports/pr", this.credentials, "begin_date", "February", "end_date", "2026-02"), 400,
				3020, "400_Exception");
		assertException(
				sushi("/sushi/r51/reports/pr", this.credentials, "begin_date", "2026-02-02", "end_date", "2026-02-28"),
				400, 3020, "400_Exception");
		assertException(
				sushi("/sushi/r51/reports/pr", this.credentials, "begin_date", "2026-04", "end_date", "2026-05"), 400,
				3020, "400_Exception");
		assertException(response(get("/sushi/r51/members").param("requestor_id", "x").param("api_key", "y")), 400, 1030,
				"400_Exception_1030");
	}

	@Test
	void wrongCredentialsAndUnknownCustomersAreRefused() throws Exception {
		String requestor = this.credentials.get("requestorId").asString();
		String key = this.credentials.get("apiKey").asString();
		assertException(response(get("/sushi/r51/reports/tr").param("customer_id", "424242")
			.param("requestor_id", requestor)
			.param("api_key", key)
			.param("begin_date", "2026-02")
			.param("end_date", "2026-02")), 403, 2010, "403_Exception");
		assertException(response(get("/sushi/r51/reports").param("customer_id", customerId())
			.param("requestor_id", "someone-else")
			.param("api_key", key)), 401, 2000, "401_Exception");
		assertException(response(get("/sushi/r51/reports").param("customer_id", customerId())
			.param("requestor_id", requestor)
			.param("api_key", "not-the-key")), 401, 2020, "401_Exception");
		assertException(
				response(get("/sushi/r51/reports").param("customer_id", customerId()).param("requestor_id", requestor)),
				401, 2020, "401_Exception");
	}

	@Test
	void oneLibrarysCredentialsDoNotOpenAnothersUsage() throws Exception {
		String other = Long.toString(this.fixtures.institutionB);
		MockHttpServletRequestBuilder asA = get("/sushi/r51/reports/pr").param("customer_id", other)
			.param("requestor_id", this.credentials.get("requestorId").asString())
			.param("api_key", this.credentials.get("apiKey").asString())
			.param("begin_date", "2026-02")
			.param("end_date", "2026-02");

		assertException(response(asA), 403, 2010, "403_Exception");
		JsonNode ownCredentials = issue(this.fixtures.institutionB);
		assertException(response(asA), 401, 2000, "401_Exception");
		MockHttpServletResponse own = sushi("/sushi/r51/reports/pr", ownCredentials, "begin_date", "2026-02",
				"end_date", "2026-02");
		assertThat(this.json.readTree(own.getContentAsString())
			.at("/Report_Items/0/Attribute_Performance/0/Performance/Total_Item_Requests/2026-02")
			.asInt()).isEqualTo(1);
	}

	@Test
	void anUnknownReportIsNotFound() throws Exception {
		assertThat(sushi("/sushi/r51/reports/dr", this.credentials, "begin_date", "2026-02", "end_date", "2026-02")
			.getStatus()).isEqualTo(404);
	}

	@Test
	void tabularReportsHaveTheCounterHeaderRowsAndAreForAdmins() throws Exception {
		String path = "/counter/institutions/" + this.fixtures.institutionA + "/tr_b2.tsv";
		MockHttpServletResponse tsv = response(
				get(path).param("begin_date", "2026-02").param("end_date", "2026-02").with(ADMIN));

		assertThat(tsv.getStatus()).isEqualTo(200);
		assertThat(tsv.getContentType()).startsWith("text/tab-separated-values");
		assertThat(tsv.getHeader(HttpHeaders.CONTENT_DISPOSITION)).contains("Colophon_TR_B2_2026-02_2026-02.tsv");
		List<String> lines = tsv.getContentAsString(StandardCharsets.UTF_8).lines().toList();
		assertThat(lines.get(0)).isEqualTo("Report_Name\tBook Access Denied");
		assertThat(lines.get(1)).isEqualTo("Report_ID\tTR_B2");
		assertThat(lines.get(2)).isEqualTo("Release\t5.1");
		assertThat(lines.get(3)).isEqualTo("Institution_Name\tRidgeway University");
		assertThat(lines.get(9)).isEqualTo("Reporting_Period\tBegin_Date=2026-02-01; End_Date=2026-02-28");
		assertThat(lines.get(13)).isEmpty();
		assertThat(lines.get(14)).isEqualTo("Title\tPublisher\tPublisher_ID\tPlatform\tDOI\tProprietary_ID\tISBN"
				+ "\tPrint_ISSN\tOnline_ISSN\tURI\tData_Type\tYOP\tMetric_Type\tReporting_Period_Total\tFeb-2026");
		assertThat(lines).contains(
				"Alpha Book\tRidgeway Press\t\tColophon\t\tColophon:B1\t\t\t\t\tBook\t2020" + "\tNo_License\t2\t2");

		MockHttpServletResponse csv = response(get("/counter/platform/ir.csv").param("begin_date", "2026-02")
			.param("end_date", "2026-02")
			.with(ADMIN));
		assertThat(csv.getStatus()).isEqualTo(200);
		assertThat(csv.getContentAsString(StandardCharsets.UTF_8)).contains("Institution_Name,The World")
			.contains("First Chapter,Ridgeway Press,,Colophon,,,,,Colophon:C1");

		assertThat(response(get(path)).getStatus()).isNotEqualTo(200);
		assertThat(response(get("/counter/institutions/999999/tr.tsv").with(ADMIN)).getStatus()).isEqualTo(404);
		assertThat(response(get(path).param("begin_date", "2026-13").with(ADMIN)).getStatus()).isEqualTo(400);
	}

	@Test
	void searchesAreReportedAsThePlatformsOwnDataTypeValidAgainstTheSchema() throws Exception {
		this.fixtures.search("2026-02-11T08:00:00Z", "searcher", "sushi-q", this.fixtures.institutionA, false);

		for (String report : List.of("pr", "pr_p1")) {
			MockHttpServletResponse response = sushi("/sushi/r51/reports/" + report, this.credentials, "begin_date",
					"2026-02", "end_date", "2026-02");
			assertThat(CounterSchemas.errors(report.toUpperCase(Locale.ROOT), response.getContentAsString())).as(report)
				.isEmpty();
			JsonNode attributes = this.json.readTree(response.getContentAsString())
				.at("/Report_Items/0/Attribute_Performance");
			assertThat(attributes.get(0).get("Data_Type").asString()).isEqualTo("Book");
			assertThat(attributes.get(0).get("Performance").has("Searches_Platform")).isFalse();
			assertThat(attributes.get(1).get("Data_Type").asString()).isEqualTo("Platform");
			assertThat(attributes.get(1).at("/Performance/Searches_Platform/2026-02").asInt()).isPositive();
		}
	}

	@Test
	void aSearchOnTheSearchPageIsRecordedOnceForItsFirstPageAndRobotsAsRobots() throws Exception {
		String browser = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0";
		this.usage.flush();
		long before = this.jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM search_event").query(Long.class).single();

		this.mvc.perform(get("/search").param("q", "recorded words").header(HttpHeaders.USER_AGENT, browser))
			.andExpect(status().isOk());
		this.mvc.perform(get("/search").param("q", "recorded words").header(HttpHeaders.USER_AGENT, "curl/8.5.0"))
			.andExpect(status().isOk());
		this.mvc
			.perform(get("/search").param("q", "recorded words")
				.param("sort", "title")
				.param("after", "anything")
				.header(HttpHeaders.USER_AGENT, browser))
			.andExpect(status().isOk());
		this.mvc.perform(get("/search").param("q", " ").header(HttpHeaders.USER_AGENT, browser))
			.andExpect(status().isOk());
		this.usage.flush();

		List<Map.Entry<Boolean, String>> recorded = this.jdbc
			.sql("SELECT robot, query_key FROM search_event WHERE id > ? ORDER BY id")
			.param(before)
			.query((row, number) -> Map.entry(row.getBoolean("robot"), row.getString("query_key")))
			.list();
		assertThat(recorded).extracting(Map.Entry::getKey).containsExactly(false, true);
		assertThat(recorded.get(0).getValue()).isEqualTo(recorded.get(1).getValue())
			.hasSize(64)
			.doesNotContain("recorded");
	}

	@Test
	void fullTextRequestsByRobotsAreRecordedAsRobots(@TempDir Path folder) throws Exception {
		Path pdf = folder.resolve("chapter.pdf");
		Files.writeString(pdf, "%PDF-1.4\n%%EOF\n");
		this.content.attach(SEED_CHAPTER, ContentFormat.PDF, pdf);
		String path = "/chapters/" + SEED_CHAPTER + "/" + this.catalogue.chapter(SEED_CHAPTER).slug() + "/pdf";

		this.mvc.perform(get(path).header(HttpHeaders.USER_AGENT, "curl/8.5.0"));
		this.mvc.perform(get(path).header(HttpHeaders.USER_AGENT,
				"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36"));
		this.mvc.perform(get(path));
		this.usage.flush();

		assertThat(this.jdbc.sql("SELECT robot FROM usage_event WHERE chapter_id = ? ORDER BY id")
			.param(SEED_CHAPTER)
			.query(Boolean.class)
			.list()).containsExactly(true, false, true);
	}

	private void assertException(MockHttpServletResponse response, int status, int code, String schema)
			throws Exception {
		assertThat(response.getStatus()).isEqualTo(status);
		assertThat(this.json.readTree(response.getContentAsString()).get("Code").asInt()).isEqualTo(code);
		assertThat(CounterSchemas.responseErrors(schema, response.getContentAsString())).isEmpty();
	}

	private String customerId() {
		return this.credentials.get("customerId").asString();
	}

	private JsonNode issue(long institution) throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(post("/api/admin/institutions/{id}/sushi-credentials", institution).with(ADMIN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(201);
		assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");
		return this.json.readTree(response.getContentAsString());
	}

	private MockHttpServletResponse sushi(String path, JsonNode credentials, String... parameters) throws Exception {
		MockHttpServletRequestBuilder request = get(path).param("customer_id", credentials.get("customerId").asString())
			.param("requestor_id", credentials.get("requestorId").asString())
			.param("api_key", credentials.get("apiKey").asString());
		for (int index = 0; index < parameters.length; index += 2) {
			request = request.param(parameters[index], parameters[index + 1]);
		}
		return response(request);
	}

	private MockHttpServletResponse response(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse();
	}

}
