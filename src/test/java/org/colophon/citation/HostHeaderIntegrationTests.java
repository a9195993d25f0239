package org.colophon.citation;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A request's {@code Host} (or {@code X-Forwarded-Host}) header never becomes the site's
 * absolute address: not in the site map, OAI-PMH, canonical links, JSON-LD, signposting,
 * exports or formatted citations.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class HostHeaderIntegrationTests {

	private static final String EVIL = "evil.example";

	private static final String CHAPTER_ID = "90609dfc5ebe730d";

	private static final String CHAPTER_PATH = "/chapters/" + CHAPTER_ID
			+ "/the-great-terror-on-the-local-level-purges-in-moscow-factories-1936-1938";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private SiteAddress site;

	@Test
	void theChapterPagesCanonicalLinkJsonLdAndSignpostsAreOnTheSitesAddress() throws Exception {
		MockHttpServletResponse response = fromEvilHost(CHAPTER_PATH, "text/html");
		Document page = Jsoup.parse(response.getContentAsString());

		assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(this.site.baseUrl() + CHAPTER_PATH);
		assertThat(page.select("script[type=application/ld+json]").html()).contains(this.site.baseUrl() + CHAPTER_PATH);
		assertThat(response.getHeader(HttpHeaders.LINK)).contains("<" + this.site.baseUrl() + CHAPTER_PATH + ">");
		assertNothingNamesTheHost(response);
	}

	@Test
	void machineInterfacesNeverNameTheRequestsHost() throws Exception {
		List<String[]> requests = List.of(new String[] { "/sitemap.xml", "application/xml" },
				new String[] { "/sitemaps/1.xml", "application/xml" }, new String[] { "/robots.txt", "text/plain" },
				new String[] { "/oai?verb=Identify", "text/xml" },
				new String[] { "/oai?verb=ListRecords&metadataPrefix=oai_dc", "text/xml" },
				new String[] { "/chapters/" + CHAPTER_ID + "/linkset", "application/linkset+json" },
				new String[] { CHAPTER_PATH, "application/x-bibtex" },
				new String[] { CHAPTER_PATH, "application/x-research-info-systems" },
				new String[] { CHAPTER_PATH, "application/vnd.citationstyles.csl+json" },
				new String[] { CHAPTER_PATH, "application/ld+json" },
				new String[] { CHAPTER_PATH, "text/x-bibliography; style=apa" },
				new String[] { CHAPTER_PATH + "/cite?style=harvard-cite-them-right", "text/html" });
		for (String[] request : requests) {
			MockHttpServletResponse response = fromEvilHost(request[0], request[1]);
			assertThat(response.getStatus()).as(request[0]).isEqualTo(200);
			assertThat(response.getContentAsString()).as(request[0]).contains(this.site.baseUrl());
			assertNothingNamesTheHost(response);
		}
	}

	private MockHttpServletResponse fromEvilHost(String path, String accept) throws Exception {
		return this.mvc.perform(get(path).header(HttpHeaders.HOST, EVIL)
			.header("X-Forwarded-Host", EVIL)
			.header(HttpHeaders.ACCEPT, accept)
			.with((request) -> {
				request.setServerName(EVIL);
				return request;
			})).andReturn().getResponse();
	}

	private static void assertNothingNamesTheHost(MockHttpServletResponse response) throws Exception {
		assertThat(response.getContentAsString()).doesNotContain(EVIL);
		for (String name : response.getHeaderNames()) {
			assertThat(response.getHeaders(name)).as(name).noneMatch((value) -> value.contains(EVIL));
		}
	}

}
