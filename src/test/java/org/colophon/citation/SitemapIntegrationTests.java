package org.colophon.citation;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.colophon.catalogue.BookDetails;
import org.colophon.catalogue.CatalogueService;
import org.colophon.catalogue.ChapterDetails;
import org.colophon.catalogue.ChapterHeading;
import org.colophon.catalogue.ChapterSource;
import org.colophon.system.KeysetPage;
import org.junit.jupiter.api.BeforeEach;
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
 * The site map index, its files and robots.txt over real HTTP, with files of at most
 * three addresses so that a small catalogue is split, each checked against the
 * sitemaps.org schemas ({@code sitemap.xsd}, {@code siteindex.xsd}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:sitemap;DB_CLOSE_DELAY=-1", "colophon.seeds.location=seeds",
				"colophon.sitemap.urls-per-file=3" })
class SitemapIntegrationTests {

	private static final String NS = SitemapWriter.NAMESPACE;

	private final HttpClient http = HttpClient.newHttpClient();

	@Autowired
	CatalogueService catalogue;

	@LocalServerPort
	int port;

	@BeforeEach
	void twoMoreBooksOfFourChapters() {
		for (int book = 1; book <= 2; book++) {
			List<ChapterSource> chapters = new ArrayList<>();
			for (int chapter = 1; chapter <= 4; chapter++) {
				ChapterDetails details = new ChapterDetails(Integer.toString(chapter), "Chapter " + chapter, null, null,
						List.of(), null, null, List.of(), "Chapter", null, null, false, null, List.of(), null);
				chapters.add(new ChapterSource("sitemap-test:" + book + "#" + chapter, "h", details));
			}
			this.catalogue.storeBook(new BookDetails("Sitemap Book " + book, null, "Sitemap Press", 2020), chapters);
		}
	}

	@Test
	void theIndexPointsAtFilesOfAtMostThreeAddressesThatListEveryPageOnce() throws Exception {
		HttpResponse<String> response = get("/sitemap.xml");
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/xml"));
		validate("siteindex.xsd", response.body());
		Document index = parse(response.body());
		assertThat(index.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
		List<String> files = texts(index, "loc");
		long pages = this.catalogue.countBooks() + this.catalogue.chapters(null, 100).items().size();
		assertThat(files).as("at least one file per three pages")
			.hasSizeGreaterThanOrEqualTo((int) ((pages + 2) / 3))
			.allSatisfy((file) -> assertThat(file).matches(base() + "/sitemaps/\\d+\\.xml"));

		List<String> locations = new ArrayList<>();
		for (String file : files) {
			HttpResponse<String> sitemap = get(URI.create(file).getPath());
			assertThat(sitemap.statusCode()).isEqualTo(200);
			validate("sitemap.xsd", sitemap.body());
			Document urlset = parse(sitemap.body());
			NodeList urls = urlset.getElementsByTagNameNS(NS, "url");
			assertThat(urls.getLength()).isBetween(1, 3);
			for (int i = 0; i < urls.getLength(); i++) {
				Element url = (Element) urls.item(i);
				locations.add(url.getElementsByTagNameNS(NS, "loc").item(0).getTextContent());
				assertThat(url.getElementsByTagNameNS(NS, "lastmod").item(0).getTextContent())
					.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
			}
		}
		KeysetPage<ChapterHeading> chapters = this.catalogue.chapterHeadings(null, 100);
		assertThat(chapters.nextCursor()).isNull();
		for (ChapterHeading chapter : chapters.items()) {
			assertThat(locations).contains(base() + "/chapters/" + chapter.id() + "/" + chapter.slug());
		}
		assertThat(locations).filteredOn((location) -> location.startsWith(base() + "/books/"))
			.hasSize((int) this.catalogue.countBooks());
		assertThat(locations).hasSize((int) pages).doesNotHaveDuplicates();
	}

	@Test
	void aFileTheIndexDoesNotListIsNotFound() throws Exception {
		assertThat(get("/sitemaps/0.xml").statusCode()).isEqualTo(404);
		assertThat(get("/sitemaps/9999.xml").statusCode()).isEqualTo(404);
	}

	@Test
	void robotsTxtPointsToTheSitemapIndex() throws Exception {
		HttpResponse<String> response = get("/robots.txt");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/plain"));
		assertThat(response.body()).contains("User-agent: *").contains("Sitemap: " + base() + "/sitemap.xml");
	}

	private static void validate(String schema, String xml) throws Exception {
		SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
		Schema compiled = factory.newSchema(SitemapIntegrationTests.class.getResource(schema));
		compiled.newValidator().validate(new StreamSource(new StringReader(xml)));
	}

	private static Document parse(String xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
	}

	private static List<String> texts(Document document, String name) {
		List<String> texts = new ArrayList<>();
		NodeList nodes = document.getElementsByTagNameNS(NS, name);
		for (int i = 0; i < nodes.getLength(); i++) {
			texts.add(nodes.item(i).getTextContent());
		}
		return texts;
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create(base() + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
