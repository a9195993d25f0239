package org.colophon.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;

import io.micrometer.core.instrument.MeterRegistry;
import org.colophon.catalogue.BookDetails;
import org.colophon.catalogue.CatalogueFixtures;
import org.colophon.catalogue.CatalogueService;
import org.colophon.catalogue.ChapterDetails;
import org.colophon.catalogue.StoreOutcome;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The rendered-page cache on the running application: pages served again only to viewers
 * with the same access outcome, every kind of change seen on the next request, and
 * conditional requests answered with 304.
 */
@SpringBootTest(properties = { "colophon.admin.email=" + PageCacheIntegrationTests.ADMIN_EMAIL,
		"colophon.admin.password=" + PageCacheIntegrationTests.ADMIN_PASSWORD })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PageCacheIntegrationTests {

	static final String ADMIN_EMAIL = "pages-admin@colophon.test";

	static final String ADMIN_PASSWORD = "a long page cache password";

	private static final RequestPostProcessor ADMIN = httpBasic(ADMIN_EMAIL, ADMIN_PASSWORD);

	private static final String OUTSIDER = "198.51.100.20";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private CatalogueService catalogue;

	@Autowired
	private MeterRegistry registry;

	private final ObjectMapper json = new ObjectMapper();

	@Test
	void anInstitutionsGrantedPageIsNeverServedToAnOutsiderOrAnotherInstitution() throws Exception {
		StoreOutcome stored = store("crossing", "Chapter on crossings", "Crossings");
		long granted = createInstitution("Granted College", "203.0.113.0/25");
		createInstitution("Other College", "203.0.113.128/25");
		entitle(granted, stored.bookId());
		String path = path(stored);

		assertThat(badge(path, "203.0.113.7")).isEqualTo("Access provided by Granted College");
		double hits = hits();
		assertThat(badge(path, "203.0.113.9")).isEqualTo("Access provided by Granted College");
		assertThat(hits()).as("the second visitor from the college is served the cached page").isEqualTo(hits + 1);

		assertThat(badge(path, OUTSIDER)).isEmpty();
		assertThat(badge(path, "203.0.113.200")).isEmpty();
		assertThat(badge(path, "203.0.113.7")).isEqualTo("Access provided by Granted College");
		assertThat(badge(path, OUTSIDER)).isEmpty();
	}

	@Test
	void aReadersPageIsRenderedForThemAloneAndNeverCached() throws Exception {
		StoreOutcome stored = store("readers", "Chapter for readers", "Readers");
		createReader("first.reader@colophon.test");
		createReader("second.reader@colophon.test");
		String path = path(stored);

		MockHttpServletResponse first = this.mvc
			.perform(get(path).with(httpBasic("first.reader@colophon.test", "a long enough password")))
			.andReturn()
			.getResponse();
		MockHttpServletResponse second = this.mvc
			.perform(get(path).with(httpBasic("second.reader@colophon.test", "a long enough password")))
			.andReturn()
			.getResponse();
		Document anonymous = page(get(path).with(from(OUTSIDER)));

		assertThat(signedIn(first)).isEqualTo("Signed in as first.reader@colophon.test");
		assertThat(signedIn(second)).isEqualTo("Signed in as second.reader@colophon.test");
		assertThat(first.getHeader(HttpHeaders.ETAG)).isNull();
		assertThat(first.getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");
		assertThat(anonymous.select(".signed-in")).isEmpty();
		assertThat(anonymous.text()).doesNotContain("reader@colophon.test");
	}

	@Test
	void everyChangeToWhatThePageShowsIsSeenOnTheNextRequest() throws Exception {
		StoreOutcome stored = store("changes", "Chapter before the change", "Book before the change");
		String path = path(stored);
		assertThat(page(get(path).with(from(OUTSIDER))).select("h1").text()).contains("Chapter before the change");

		store("changes", "Chapter after the change", "Book before the change");
		path = path(stored);
		assertThat(page(get(path).with(from(OUTSIDER))).select("h1").text()).contains("Chapter after the change");

		store("changes", "Chapter after the change", "Book after the change");
		assertThat(page(get(path).with(from(OUTSIDER))).text()).contains("Book after the change");
		String book = this.catalogue.chapter(stored.chapterId()).book().id();

		this.mvc
			.perform(put("/api/admin/publications/" + book + "/price").with(ADMIN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"amount\":25.00,\"currency\":\"GBP\"}"))
			.andExpect(status().isNoContent());
		assertThat(page(get(path).with(from(OUTSIDER))).select(".option-card h3").eachText())
			.contains("Buy the book (\u00a325.00)");

		long institution = createInstitution("Changing College", "192.0.2.0/24");
		assertThat(badge(path, "192.0.2.5")).isEmpty();
		long entitlement = entitle(institution, book);
		assertThat(badge(path, "192.0.2.5")).isEqualTo("Access provided by Changing College");
		this.mvc.perform(delete("/api/admin/entitlements/" + entitlement).with(ADMIN))
			.andExpect(status().isNoContent());
		assertThat(badge(path, "192.0.2.5")).isEmpty();
		entitle(institution, book);
		assertThat(badge(path, "192.0.2.5")).isEqualTo("Access provided by Changing College");
		this.mvc.perform(delete("/api/admin/institutions/" + institution).with(ADMIN))
			.andExpect(status().isNoContent());
		assertThat(badge(path, "192.0.2.5")).isEmpty();

		this.mvc
			.perform(put("/api/admin/publications/" + book + "/access-model").with(ADMIN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"model\":\"OPEN_ACCESS\",\"licence\":\"CC BY 4.0\"}"))
			.andExpect(status().isOk());
		assertThat(badge(path, OUTSIDER)).isEqualTo("Open access");
	}

	@Test
	void conditionalRequestsGetNotModifiedUntilThePageChanges() throws Exception {
		StoreOutcome stored = store("etags", "Chapter with tags", "Tags");
		String path = path(stored);

		MockHttpServletResponse plain = this.mvc.perform(get(path).with(from(OUTSIDER))).andReturn().getResponse();
		String etag = plain.getHeader(HttpHeaders.ETAG);
		assertThat(plain.getStatus()).isEqualTo(200);
		assertThat(etag).matches("\"[0-9a-f]{32}\"");
		assertThat(plain.getHeader(HttpHeaders.LAST_MODIFIED)).isNotBlank();
		assertThat(plain.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-cache, private");
		assertThat(plain.getHeader(HttpHeaders.VARY)).contains("Accept", "Accept-Encoding", "Cookie");
		assertThat(plain.getHeader(HttpHeaders.LINK)).contains("rel=\"cite-as\"");

		MockHttpServletResponse again = this.mvc
			.perform(get(path).with(from(OUTSIDER)).header(HttpHeaders.IF_NONE_MATCH, etag))
			.andReturn()
			.getResponse();
		assertThat(again.getStatus()).isEqualTo(304);
		assertThat(again.getContentAsByteArray()).isEmpty();

		MockHttpServletResponse gzipped = this.mvc
			.perform(get(path).with(from(OUTSIDER)).header(HttpHeaders.ACCEPT_ENCODING, "gzip, deflate, br"))
			.andReturn()
			.getResponse();
		assertThat(gzipped.getHeader(HttpHeaders.CONTENT_ENCODING)).isEqualTo("gzip");
		assertThat(gunzip(gzipped.getContentAsByteArray())).isEqualTo(plain.getContentAsString());
		String gzipTag = gzipped.getHeader(HttpHeaders.ETAG);
		assertThat(gzipTag).isNotEqualTo(etag);
		assertThat(this.mvc
			.perform(get(path).with(from(OUTSIDER))
				.header(HttpHeaders.ACCEPT_ENCODING, "gzip")
				.header(HttpHeaders.IF_NONE_MATCH, gzipTag))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(304);

		store("etags", "Chapter with new tags", "Tags");
		MockHttpServletResponse changed = this.mvc
			.perform(get(path(stored)).with(from(OUTSIDER)).header(HttpHeaders.IF_NONE_MATCH, etag))
			.andReturn()
			.getResponse();
		assertThat(changed.getStatus()).isEqualTo(200);
		assertThat(changed.getHeader(HttpHeaders.ETAG)).isNotEqualTo(etag);
		assertThat(changed.getContentAsString()).contains("Chapter with new tags");
	}

	@Test
	void apiAnswersAndCitationExportsAnswerConditionalRequests() throws Exception {
		StoreOutcome stored = store("api-tags", "Chapter answered", "Answers");
		for (String url : List.of("/api/chapters/" + stored.chapterId(), path(stored) + "/cite.ris")) {
			MockHttpServletResponse first = this.mvc.perform(get(url)).andReturn().getResponse();
			String etag = first.getHeader(HttpHeaders.ETAG);
			assertThat(first.getStatus()).as(url).isEqualTo(200);
			assertThat(etag).as(url).isNotBlank();
			assertThat(first.getHeader(HttpHeaders.CACHE_CONTROL)).as(url).isEqualTo("no-cache, private");

			assertThat(this.mvc.perform(get(url).header(HttpHeaders.IF_NONE_MATCH, etag))
				.andReturn()
				.getResponse()
				.getStatus()).as(url).isEqualTo(304);
		}
		String before = this.mvc.perform(get("/api/chapters/" + stored.chapterId()))
			.andReturn()
			.getResponse()
			.getHeader(HttpHeaders.ETAG);
		store("api-tags", "Chapter answered again", "Answers");
		MockHttpServletResponse changed = this.mvc
			.perform(get("/api/chapters/" + stored.chapterId()).header(HttpHeaders.IF_NONE_MATCH, before))
			.andReturn()
			.getResponse();
		assertThat(changed.getStatus()).isEqualTo(200);
		assertThat(changed.getContentAsString()).contains("Chapter answered again");
	}

	@Test
	void aPageTheSameForEveryVisitorMayBeKeptBySharedCaches() throws Exception {
		StoreOutcome stored = store("shared", "Chapter for everyone", "Shared");
		this.mvc
			.perform(put("/api/admin/chapters/" + stored.chapterId() + "/access-model").with(ADMIN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"model\":\"FREE\"}"))
			.andExpect(status().isOk());

		assertThat(this.mvc.perform(get(path(stored)).with(from(OUTSIDER)))
			.andReturn()
			.getResponse()
			.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("max-age=60, public");
		String book = this.catalogue.book(stored.bookId()).slug();
		assertThat(this.mvc.perform(get("/books/" + stored.bookId() + "/" + book).with(from(OUTSIDER)))
			.andReturn()
			.getResponse()
			.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("max-age=60, public");
	}

	@Test
	void aCitationFormatAskedForAtThePageAddressIsNotAnsweredWithTheCachedPage() throws Exception {
		StoreOutcome stored = store("negotiated", "Chapter negotiated", "Negotiated");
		String path = path(stored);
		page(get(path).with(from(OUTSIDER)));

		MockHttpServletResponse bibtex = this.mvc
			.perform(get(path).with(from(OUTSIDER)).header(HttpHeaders.ACCEPT, "application/x-bibtex"))
			.andReturn()
			.getResponse();

		assertThat(bibtex.getContentType()).startsWith("application/x-bibtex");
		assertThat(bibtex.getContentAsString()).contains("Chapter negotiated");
	}

	private StoreOutcome store(String key, String chapterTitle, String bookTitle) {
		ChapterDetails chapter = CatalogueFixtures.chapter("1", chapterTitle, "1");
		return this.catalogue.store("pages-" + key, chapterTitle + "|" + bookTitle,
				new BookDetails(bookTitle, null, "Test Press", 2020), List.of(), chapter);
	}

	private String path(StoreOutcome stored) {
		return "/chapters/" + stored.chapterId() + "/" + this.catalogue.chapter(stored.chapterId()).slug();
	}

	private String badge(String path, String address) throws Exception {
		return page(get(path).with(from(address))).select(".badge").text();
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

	private static String signedIn(MockHttpServletResponse response) throws Exception {
		assertThat(response.getStatus()).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString()).select(".signed-in").text();
	}

	private double hits() {
		return this.registry.get("cache.gets").tag("cache", "pages").tag("result", "hit").functionCounter().count();
	}

	private long createInstitution(String name, String cidr) throws Exception {
		return created(post("/api/admin/institutions"), "{\"name\":\"" + name + "\",\"ipRanges\":[\"" + cidr + "\"]}");
	}

	private void createReader(String email) throws Exception {
		created(post("/api/admin/readers"), "{\"email\":\"" + email + "\",\"password\":\"a long enough password\"}");
	}

	private long entitle(long institution, String bookId) throws Exception {
		return created(post("/api/admin/entitlements"),
				"{\"institutionId\":" + institution + ",\"publicationId\":\"" + bookId + "\"}");
	}

	private long created(MockHttpServletRequestBuilder request, String body) throws Exception {
		String response = this.mvc.perform(request.with(ADMIN).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.json.readTree(response).get("id").asLong();
	}

	private static String gunzip(byte[] bytes) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
