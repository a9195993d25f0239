package org.colophon.citation;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;

import org.colophon.catalogue.CatalogueService;
import org.colophon.catalogue.ChapterHeading;
import org.colophon.system.KeysetPage;
import org.colophon.system.PagingProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The site map and robots.txt over real HTTP; same context as the OAI-PMH tests, so it is
 * started once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:oai-pmh;DB_CLOSE_DELAY=-1", "colophon.seeds.location=seeds",
				"colophon.oai.page-size=3", "colophon.oai.admin-email=oai@colophon.example" })
class SitemapIntegrationTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@Autowired
	CatalogueService catalogue;

	@Autowired
	PagingProperties paging;

	@LocalServerPort
	int port;

	@Test
	void sitemapListsEveryBookAndChapterPageWithItsLastChange() throws Exception {
		HttpResponse<String> response = get("/sitemap.xml");
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/xml"));
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document sitemap = factory.newDocumentBuilder().parse(new InputSource(new StringReader(response.body())));
		assertThat(sitemap.getDocumentElement().getNamespaceURI()).isEqualTo(SitemapWriter.NAMESPACE);
		List<String> locations = new ArrayList<>();
		NodeList urls = sitemap.getElementsByTagNameNS(SitemapWriter.NAMESPACE, "url");
		for (int i = 0; i < urls.getLength(); i++) {
			Element url = (Element) urls.item(i);
			locations.add(url.getElementsByTagNameNS(SitemapWriter.NAMESPACE, "loc").item(0).getTextContent());
			assertThat(url.getElementsByTagNameNS(SitemapWriter.NAMESPACE, "lastmod").item(0).getTextContent())
				.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
		}
		KeysetPage<ChapterHeading> chapters = this.catalogue.chapterHeadings(null, this.paging.maxPageSize());
		assertThat(chapters.items()).isNotEmpty();
		for (ChapterHeading chapter : chapters.items()) {
			assertThat(locations).contains(base() + "/chapters/" + chapter.id() + "/" + chapter.slug());
		}
		assertThat(locations).filteredOn((location) -> location.startsWith(base() + "/books/"))
			.hasSize((int) this.catalogue.countBooks());
		assertThat(locations).doesNotHaveDuplicates();
	}

	@Test
	void robotsTxtPointsToTheSitemap() throws Exception {
		HttpResponse<String> response = get("/robots.txt");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/plain"));
		assertThat(response.body()).contains("User-agent: *").contains("Sitemap: " + base() + "/sitemap.xml");
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create(base() + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
