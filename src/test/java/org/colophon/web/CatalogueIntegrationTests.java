package org.colophon.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The seed capture, loaded at startup, served as pages and JSON.
 */
@SpringBootTest(properties = { "colophon.admin.email=" + CatalogueIntegrationTests.ADMIN_EMAIL,
		"colophon.admin.password=" + CatalogueIntegrationTests.ADMIN_PASSWORD })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CatalogueIntegrationTests {

	static final String ADMIN_EMAIL = "admin@colophon.test";

	static final String ADMIN_PASSWORD = "correct horse battery staple";

	static final String CHAPTER_ID = "90609dfc5ebe730d";

	static final String CHAPTER_PATH = "/chapters/" + CHAPTER_ID
			+ "/the-great-terror-on-the-local-level-purges-in-moscow-factories-1936-1938";

	static final String BOOK_PATH = "/books/6e25aec0667874f0/stalinist-terror";

	@Autowired
	private MockMvc mvc;

	@Test
	void chapterPageShowsEverythingTheCaptureHolds() throws Exception {
		Document page = render(CHAPTER_PATH);

		assertThat(page.select("h1").text())
			.isEqualTo("7 - The Great Terror on the Local Level: Purges in Moscow Factories, 1936\u20131938");
		assertThat(page.select(".online-date").text())
			.isEqualTo("Published online by Cambridge University Press: 07 December 2009");
		assertThat(page.select(".online-date time").attr("datetime")).isEqualTo("2009-12-07");
		assertThat(page.select("a[href=#access-options]").text()).isEqualTo("Get access");
		assertThat(page.select("#summary-heading").text()).isEqualTo("Summary");
		assertThat(page.select(".summary p")).hasSize(2);
		assertThat(page.select(".information dt").eachText()).containsExactly("Type", "Information", "Publisher:",
				"Print publication year:");
		assertThat(page.select(".information dd").eachText()).containsExactly("Chapter",
				"Stalinist Terror New Perspectives, pp. 163 - 167", "Cambridge University Press", "1993");
		assertThat(page.select(".information dd a").attr("href")).isEqualTo(BOOK_PATH);
		assertThat(page.select("#access-options p").text()).startsWith("Get access to the full version");
		assertThat(page.select(".save a").eachText()).containsExactly("Save to Kindle", "Save to Dropbox",
				"Save to Google Drive");
		assertThat(page.select("dialog[id^=save-] h2").eachText()).containsExactly("Save book to Kindle",
				"Save book to Dropbox", "Save book to Google Drive");
		assertThat(page.select("#save-kindle").text()).contains("kindle@colophon.example")
			.contains("@free.kindle.com")
			.doesNotContain("[email");
		assertThat(page.select("link[rel=canonical]").attr("href")).endsWith(CHAPTER_PATH);
	}

	@Test
	void pagesCarryAStrictContentSecurityPolicy() throws Exception {
		this.mvc.perform(get(CHAPTER_PATH))
			.andExpect(header().string("Content-Security-Policy",
					org.hamcrest.Matchers.containsString("script-src 'self'")))
			.andExpect(header().string("Content-Security-Policy",
					org.hamcrest.Matchers.containsString("style-src 'self'")));
	}

	@Test
	void bareAndMisspeltChapterUrlsRedirectToTheCanonicalOne() throws Exception {
		this.mvc.perform(get("/chapters/" + CHAPTER_ID))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(CHAPTER_PATH));
		this.mvc.perform(get("/chapters/" + CHAPTER_ID + "/wrong-slug"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(CHAPTER_PATH));
	}

	@Test
	void unknownChapterGetsTheNotFoundPage() throws Exception {
		MvcResult result = this.mvc.perform(get("/chapters/does-not-exist").accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andReturn();

		assertThat(Jsoup.parse(result.getResponse().getContentAsString()).select("h1").text())
			.isEqualTo("Page not found");
	}

	@Test
	void bookPageListsItsChaptersInOrder() throws Exception {
		Document page = render(BOOK_PATH);

		assertThat(page.select("h1").text()).isEqualTo("Stalinist Terror");
		assertThat(page.select(".subtitle").text()).isEqualTo("New Perspectives");
		assertThat(page.select(".facts dd").eachText()).containsExactly("Cambridge University Press", "1993");
		assertThat(page.select(".contents a").attr("href")).isEqualTo(CHAPTER_PATH);
		assertThat(page.select(".contents .pages").text()).isEqualTo("pp. 163 - 167");
	}

	@Test
	void homeListsTheCatalogue() throws Exception {
		Document page = render("/");

		assertThat(page.select(".book-card h2 a").attr("href")).isEqualTo(BOOK_PATH);
		assertThat(page.select(".chapter-list a").attr("href")).isEqualTo(CHAPTER_PATH);
	}

	@Test
	void saveFormsArePlainPagesWithoutJavaScript() throws Exception {
		Document kindle = render(CHAPTER_PATH + "/save/kindle");
		assertThat(kindle.select("h1").text()).isEqualTo("Save book to Kindle");
		assertThat(kindle.select("main .save-form a[href^=/login]").attr("href"))
			.isEqualTo("/login?continue=" + CHAPTER_PATH + "/save/kindle");
		for (String target : new String[] { "dropbox", "google-drive" }) {
			assertThat(render(CHAPTER_PATH + "/save/" + target).select("main .save-form .message").text())
				.contains("is not set up on this server");
		}
		this.mvc.perform(get(CHAPTER_PATH + "/save/fax")).andExpect(status().isNotFound());
	}

	@Test
	void chapterJsonHasTheContractFields() throws Exception {
		this.mvc.perform(get("/api/chapters/" + CHAPTER_ID))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(CHAPTER_ID))
			.andExpect(jsonPath("$.url").value(CHAPTER_PATH))
			.andExpect(jsonPath("$.label").value("7"))
			.andExpect(jsonPath("$.part").isEmpty())
			.andExpect(jsonPath("$.contributors").isArray())
			.andExpect(jsonPath("$.contributors").isEmpty())
			.andExpect(jsonPath("$.onlinePublicationDate").value("2009-12-07"))
			.andExpect(jsonPath("$.summaryHeading").value("Summary"))
			.andExpect(jsonPath("$.summary.length()").value(2))
			.andExpect(jsonPath("$.type").value("Chapter"))
			.andExpect(jsonPath("$.firstPage").value("163"))
			.andExpect(jsonPath("$.lastPage").value("167"))
			.andExpect(jsonPath("$.publication.title").value("Stalinist Terror"))
			.andExpect(jsonPath("$.publication.subtitle").value("New Perspectives"))
			.andExpect(jsonPath("$.publication.publisher").value("Cambridge University Press"))
			.andExpect(jsonPath("$.publication.printPublicationYear").value(1993))
			.andExpect(jsonPath("$.publication.url").value(BOOK_PATH))
			.andExpect(jsonPath("$.accessOptions").isArray());
	}

	@Test
	void apiListsArePagedAndUnknownIdsAreJson404s() throws Exception {
		this.mvc.perform(get("/api/chapters?size=1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.next").isEmpty());
		this.mvc.perform(get("/api/publications")).andExpect(jsonPath("$.items[0].chapters[0].id").value(CHAPTER_ID));
		this.mvc.perform(get("/api/publications/6e25aec0667874f0"))
			.andExpect(jsonPath("$.chapters[0].url").value(CHAPTER_PATH));
		this.mvc.perform(get("/api/chapters/does-not-exist"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.status").value(404));
		this.mvc.perform(get("/api/publications/does-not-exist")).andExpect(status().isNotFound());
	}

	@Test
	void ingestReportIsForAdminsWithHttpBasic() throws Exception {
		this.mvc.perform(get("/actuator/ingest"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Colophon\""));
		this.mvc.perform(get("/actuator/ingest").with(httpBasic(ADMIN_EMAIL, "not the password")))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/actuator/ingest").with(httpBasic(ADMIN_EMAIL, ADMIN_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].file").value("000_b83ae1fdbe6336a0.txt"))
			.andExpect(jsonPath("$[0].status").value("CREATED"))
			.andExpect(jsonPath("$[0].chapterId").value(CHAPTER_ID));
	}

	private Document render(String path) throws Exception {
		MvcResult result = this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn();
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

}
