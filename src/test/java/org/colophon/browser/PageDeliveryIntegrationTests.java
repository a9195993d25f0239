package org.colophon.browser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What goes over the wire for the chapter page: compressed, small, and assets cached for
 * a year under names that change with their content.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "colophon.seeds.location=seeds",
		"spring.datasource.url=jdbc:h2:mem:delivery;DB_CLOSE_DELAY=-1" })
class PageDeliveryIntegrationTests {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void compressesPagesStylesAndScripts() throws Exception {
		Document chapter = chapterPage();
		String[] urls = { chapterPath(), stylesheet(chapter), script(chapter) };

		for (String url : urls) {
			assertThat(gzipped(url).headers().firstValue("Content-Encoding")).as(url).hasValue("gzip");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "link[rel=stylesheet]", "script[src]" })
	void servesAssetsUnderFingerprintedNamesCachedForAYear(String selector) throws Exception {
		Element asset = chapterPage().selectFirst(selector);
		String url = asset.hasAttr("href") ? asset.attr("href") : asset.attr("src");

		assertThat(url).matches("/assets/(css|js)/[a-z-]+-[0-9a-f]{32}\\.(css|js)");
		HttpResponse<byte[]> response = gzipped(url);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(
				(cacheControl) -> assertThat(cacheControl).contains("max-age=31536000").contains("public"));
	}

	@Test
	void declaresAnIconSoBrowsersDoNotAskForAMissingFavicon() throws Exception {
		String icon = chapterPage().select("link[rel=icon]").attr("href");

		assertThat(icon).startsWith("/assets/favicon");
		assertThat(gzipped(icon).statusCode()).isEqualTo(200);
	}

	private Document chapterPage() throws Exception {
		return Jsoup
			.parse(new String(HTTP.send(request(chapterPath()).build(), HttpResponse.BodyHandlers.ofByteArray()).body(),
					java.nio.charset.StandardCharsets.UTF_8));
	}

	private String chapterPath() {
		return SitePage.CHAPTER.path(baseUrl());
	}

	private static String stylesheet(Document page) {
		return page.selectFirst("link[rel=stylesheet]").attr("href");
	}

	private static String script(Document page) {
		return page.selectFirst("script[src]").attr("src");
	}

	private HttpResponse<byte[]> gzipped(String path) throws IOException, InterruptedException {
		return HTTP.send(request(path).header("Accept-Encoding", "gzip").build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(baseUrl() + path));
	}

	private String baseUrl() {
		return "http://localhost:" + this.port;
	}

}
