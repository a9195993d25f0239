package org.colophon.browser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.colophon.browser.HostilePages.assertCitationMeta;
import static org.colophon.browser.HostilePages.assertInert;
import static org.colophon.browser.HostilePages.assertJsonLd;
import static org.colophon.browser.HostilePages.assertTitleWhole;
import static org.colophon.browser.HostilePages.bodyText;

/**
 * A Crossref deposit whose every text field carries markup, script, {@code javascript:}
 * and template-expression payloads (escaped in the XML, and as real foreign elements and
 * CDATA in the JATS abstract), imported through the admin API into a site without seeds:
 * every page shows the payloads as text, in its body, title, meta tags and JSON-LD, the
 * abstract's markup reduced to its text, runs none of them and breaks no rule of the
 * Content-Security-Policy.
 */
@BrowserTest
@TestPropertySource(properties = { "colophon.seeds.load-on-startup=false",
		"spring.datasource.url=jdbc:h2:mem:browser-hostile-import;DB_CLOSE_DELAY=-1",
		"colophon.admin.email=" + HostileImportBrowserTests.ADMIN,
		"colophon.admin.password=" + HostileImportBrowserTests.PASSWORD })
class HostileImportBrowserTests {

	static final String ADMIN = "hostile-import-admin@colophon.test";

	static final String PASSWORD = "a long hostile import password";

	static final Path DEPOSIT = Path.of("src/test/resources/org/colophon/browser/hostile-import/hostile-crossref.xml");

	static final String BOOK_TITLE = "<script>alert('book')</script> \"><img src=x onerror=alert('book')> </title> {{7*7}} [[${7*7}]]";

	static final String SUBTITLE = "<svg onload=alert('subtitle')> javascript:alert('subtitle') </title> {{7*7}} [[${7*7}]]";

	static final String PUBLISHER = "<b onmouseover=alert('publisher')>Press</b> \"><img src=x onerror=alert('publisher')> </title> [[${7*7}]]";

	static final String PART = "Part <svg onload=alert('part')> </title> {{7*7}} [[${7*7}]]";

	/** The chapter's title and subtitle, joined as the importer stores them. */
	static final String TITLE = "<script>alert('title')</script> \"><img src=x onerror=alert('title')> </title> {{7*7}} [[${7*7}]]"
			+ ": javascript:alert('title') <iframe src=\"javascript:alert('title')\"></iframe>";

	/** Given name and surname, joined as the importer stores them. */
	static final String FIRST_AUTHOR = "Jane \"><img src=x onerror=alert('given')> [[${7*7}]] </title>";

	static final String FIRST_AFFILIATION = "University of <script>alert('affiliation')</script> </title> {{7*7}}";

	static final String SECOND_AUTHOR = "javascript:alert('name') <svg onload=alert('surname')> {{7*7}}";

	static final String SECOND_AFFILIATION = "Institute \"><svg onload=alert('affiliation')> [(${7*7})]";

	static final String ESCAPED_PARAGRAPH = "<script>alert('summary')</script> \"><img src=x onerror=alert('summary')> </p></section><iframe src=\"javascript:alert('summary')\"></iframe> {{7*7}} [[${7*7}]] [(${7*7})] __${7*7}__ #{site.name}";

	static final String CDATA_PARAGRAPH = "From CDATA: </script><script>alert('cdata')</script> <img src=x onerror=alert('cdata')> <!-- \\u003c";

	/**
	 * The paragraph of real markup (a JATS link to {@code javascript:}, an XHTML script
	 * and image inside MathML) as the importer documents it: the elements and their
	 * attributes dropped, their text kept.
	 */
	static final String MARKUP_PARAGRAPH = "Real markup: a link and x alert('element') end.";

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@BeforeAll
	static void importTheDepositThenWatchEveryPage(Browser browser) throws Exception {
		String job = send(HttpRequest.newBuilder(URI.create(browser.baseUrl() + "/api/admin/imports?name=hostile.xml"))
			.header("Content-Type", "application/xml")
			.POST(HttpRequest.BodyPublishers.ofFile(DEPOSIT)));
		URI location = URI.create(browser.baseUrl() + JsonPath.read(job, "$.url"));
		Awaitility.await()
			.atMost(Duration.ofSeconds(60))
			.until(() -> "DONE".equals(JsonPath.read(send(HttpRequest.newBuilder(location).GET()), "$.status")));
		String done = send(HttpRequest.newBuilder(location).GET());
		assertThat(JsonPath.<String>read(done, "$.reports[0].status")).as(done).isEqualTo("IMPORTED");
		assertThat(JsonPath.<Integer>read(done, "$.reports[0].created")).as("the book and its chapter").isEqualTo(2);
		HostilePages.watch(browser);
	}

	@ParameterizedTest
	@EnumSource(names = { "HOME", "BOOK", "CHAPTER", "CITE" })
	void showsEveryPayloadAsTextAndRunsNone(SitePage page, Browser browser) {
		assertInert(browser, page.path(browser.baseUrl()), expectedText(page));
	}

	@Test
	void reducesTheAbstractsMarkupToItsTextAndKeepsCdataAsText(Browser browser) {
		browser.open(SitePage.CHAPTER.path(browser.baseUrl()));

		assertThat(bodyText(browser)).contains(ESCAPED_PARAGRAPH, CDATA_PARAGRAPH, MARKUP_PARAGRAPH);
		assertThat(browser.findAll("math, mi, [href*='javascript:' i], [src*='javascript:' i]"))
			.as("elements from the abstract's markup")
			.isEmpty();
		assertThat(browser.findAll("a")).as("the JATS link's text is no link")
			.noneMatch((link) -> link.getText().contains("a link"));
		assertThat(browser.driver().getPageSource()).doesNotContain("annotation-xml", "xlink", "onerror=\"alert");
	}

	@ParameterizedTest
	@EnumSource(names = { "BOOK", "CHAPTER", "CITE" })
	void keepsTheDocumentTitleWhole(SitePage page, Browser browser) {
		assertTitleWhole(browser, page.path(browser.baseUrl()), (page == SitePage.BOOK) ? BOOK_TITLE : TITLE);
	}

	@Test
	void metaTagsCarryThePayloadsAsAttributeValues(Browser browser) {
		browser.open(SitePage.CHAPTER.path(browser.baseUrl()));

		assertCitationMeta(browser, TITLE, List.of(FIRST_AUTHOR, SECOND_AUTHOR),
				List.of(FIRST_AFFILIATION, SECOND_AFFILIATION), PUBLISHER, ESCAPED_PARAGRAPH);
	}

	@Test
	void jsonLdStaysOneDataBlockThatParsesBackToThePayloads(Browser browser) {
		browser.open(SitePage.CHAPTER.path(browser.baseUrl()));

		assertJsonLd(browser, TITLE, String.join("\n\n", ESCAPED_PARAGRAPH, CDATA_PARAGRAPH, MARKUP_PARAGRAPH),
				List.of(FIRST_AUTHOR, SECOND_AUTHOR), BOOK_TITLE + ": " + SUBTITLE);
	}

	private static List<String> expectedText(SitePage page) {
		return switch (page) {
			case HOME -> List.of(BOOK_TITLE, SUBTITLE, TITLE, "Published by " + PUBLISHER);
			case BOOK -> List.of(BOOK_TITLE, SUBTITLE, PUBLISHER, TITLE);
			case CHAPTER ->
				List.of(TITLE, "from " + PART, FIRST_AUTHOR, FIRST_AFFILIATION, SECOND_AUTHOR, SECOND_AFFILIATION,
						ESCAPED_PARAGRAPH, CDATA_PARAGRAPH, MARKUP_PARAGRAPH, BOOK_TITLE, SUBTITLE, PUBLISHER);
			default -> List.of(TITLE);
		};
	}

	/** Sends a request as the administrator and answers the body of a 2xx response. */
	private static String send(HttpRequest.Builder request) throws IOException, InterruptedException {
		String credentials = Base64.getEncoder()
			.encodeToString((ADMIN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = HTTP.send(request.header("Authorization", "Basic " + credentials).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
		return response.body();
	}

}
