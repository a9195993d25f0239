package org.colophon.browser;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of page, as served, passes the Nu HTML Checker without errors and tells
 * search engines what it is.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "colophon.seeds.location=seeds",
		"spring.datasource.url=jdbc:h2:mem:validity;DB_CLOSE_DELAY=-1" })
class PageValidityIntegrationTests {

	@LocalServerPort
	int port;

	@ParameterizedTest
	@EnumSource(SitePage.class)
	void isValidHtml(SitePage page) {
		String baseUrl = "http://localhost:" + this.port;

		assertThat(NuHtmlChecker.errors(SitePage.get(baseUrl + page.path(baseUrl)))).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(value = SitePage.class, names = { "HOME", "BOOK", "CHAPTER" })
	void namesItsAbsoluteCanonicalAddressAndDescribesItself(SitePage page) {
		String baseUrl = "http://localhost:" + this.port;
		String path = page.path(baseUrl);

		Document html = Jsoup.parse(SitePage.get(baseUrl + path));

		assertThat(html.select("link[rel=canonical]").attr("href")).isEqualTo(baseUrl + path);
		assertThat(html.select("meta[name=description]").attr("content")).isNotBlank();
	}

}
