package org.colophon.web;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import de.undercouch.citeproc.ris.RISLibrary;
import de.undercouch.citeproc.ris.RISParser;
import de.undercouch.citeproc.ris.RISReference;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed chapter's landing page and its machine representations, over real HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:mem:chapter-citation;DB_CLOSE_DELAY=-1", "colophon.seeds.location=seeds" })
class ChapterCitationIntegrationTests {

	private static final String TITLE = "The Great Terror on the Local Level: Purges in Moscow Factories, 1936\u20131938";

	private static final String BOOK = "Stalinist Terror: New Perspectives";

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	String base;

	String chapterPath;

	@BeforeEach
	void findSeedChapter() throws Exception {
		this.base = "http://localhost:" + this.port;
		JsonNode chapters = this.json.readTree(get("/api/chapters", "application/json").body());
		this.chapterPath = chapters.get("items").get(0).get("url").asString();
	}

	@Test
	void landingPageCarriesScholarlyMetaTagsWithTheSeedValues() throws Exception {
		Document page = Jsoup.parse(get(this.chapterPath, "text/html").body());
		String canonical = this.base + this.chapterPath;
		assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(canonical);
		assertThat(meta(page, "citation_title")).containsExactly(TITLE);
		assertThat(meta(page, "citation_publication_date")).containsExactly("1993");
		assertThat(meta(page, "citation_online_date")).containsExactly("2009/12/07");
		assertThat(meta(page, "citation_inbook_title")).containsExactly(BOOK);
		assertThat(meta(page, "citation_book_title")).containsExactly(BOOK);
		assertThat(meta(page, "citation_firstpage")).containsExactly("163");
		assertThat(meta(page, "citation_lastpage")).containsExactly("167");
		assertThat(meta(page, "citation_publisher")).containsExactly("Cambridge University Press");
		assertThat(meta(page, "citation_abstract_html_url")).containsExactly(canonical);
		assertThat(meta(page, "DC.title")).containsExactly(TITLE);
		assertThat(meta(page, "DC.identifier")).containsExactly(canonical);
		assertThat(meta(page, "DC.publisher")).containsExactly("Cambridge University Press");
		assertThat(meta(page, "DC.date")).containsExactly("2009-12-07");
		assertThat(page.select("meta[property=og:title]").attr("content")).isEqualTo(TITLE);
		assertThat(page.select("meta[property=og:url]").attr("content")).isEqualTo(canonical);
		assertThat(page.select("meta[property=og:site_name]").attr("content")).isEqualTo("Colophon");
		// Not known for the seed, so absent rather than empty.
		assertThat(page.select("meta[name=citation_pdf_url], meta[name=citation_doi], meta[name=citation_isbn], "
				+ "meta[name=citation_language], meta[name=citation_author]"))
			.isEmpty();
	}

	@Test
	void noMetaTagHasEmptyContent() throws Exception {
		Document page = Jsoup.parse(get(this.chapterPath, "text/html").body());
		assertThat(page.select("head meta[name], head meta[property]")).hasSizeGreaterThan(20)
			.allSatisfy((meta) -> assertThat(meta.attr("content")).isNotBlank());
	}

	@Test
	void landingPageEmbedsJsonLdOfTheChapterInItsBook() throws Exception {
		Document page = Jsoup.parse(get(this.chapterPath, "text/html").body());
		Element script = page.selectFirst("head script[type=application/ld+json]");
		assertThat(script).isNotNull();
		JsonNode ld = this.json.readTree(script.data());
		assertThat(ld.get("@context").asString()).isEqualTo("https://schema.org");
		assertThat(ld.get("@type").asString()).isEqualTo("Chapter");
		assertThat(ld.get("name").asString()).isEqualTo(TITLE);
		assertThat(ld.get("position").asString()).isEqualTo("7");
		assertThat(ld.get("pageStart").asString()).isEqualTo("163");
		assertThat(ld.get("pageEnd").asString()).isEqualTo("167");
		assertThat(ld.get("datePublished").asString()).isEqualTo("2009-12-07");
		assertThat(ld.get("abstract").asString()).startsWith("Memoirs and accounts");
		assertThat(ld.get("publisher").get("@type").asString()).isEqualTo("Organization");
		assertThat(ld.get("publisher").get("name").asString()).isEqualTo("Cambridge University Press");
		assertThat(ld.get("isPartOf").get("@type").asString()).isEqualTo("Book");
		assertThat(ld.get("isPartOf").get("name").asString()).isEqualTo(BOOK);
		assertThat(ld.get("isPartOf").get("datePublished").asString()).isEqualTo("1993");
	}

	@Test
	void bibTeXExportParsesBackWithJBibTeX() throws Exception {
		HttpResponse<String> response = get(this.chapterPath + "/cite.bib", "*/*");
		assertThat(response.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying((value) -> assertThat(value).startsWith("attachment").contains(".bib"));
		BibTeXDatabase database = new BibTeXParser().parse(new StringReader(response.body()));
		assertThat(database.getEntries()).hasSize(1);
		BibTeXEntry entry = database.getEntries().values().iterator().next();
		assertThat(entry.getType().getValue()).isEqualTo("incollection");
		assertThat(entry.getField(BibTeXEntry.KEY_TITLE).toUserString()).isEqualTo(TITLE);
		assertThat(entry.getField(BibTeXEntry.KEY_BOOKTITLE).toUserString()).isEqualTo(BOOK);
		assertThat(entry.getField(BibTeXEntry.KEY_PAGES).toUserString()).isEqualTo("163--167");
		assertThat(entry.getField(BibTeXEntry.KEY_YEAR).toUserString()).isEqualTo("1993");
		assertThat(entry.getField(BibTeXEntry.KEY_AUTHOR)).isNull();
		assertThat(entry.getField(new Key("publisher")).toUserString()).isEqualTo("Cambridge University Press");
	}

	@Test
	void risExportParsesBackWithCiteprocsRisParser() throws Exception {
		HttpResponse<String> response = get(this.chapterPath + "/cite.ris", "*/*");
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((value) -> assertThat(value).startsWith("application/x-research-info-systems"));
		RISLibrary library = new RISParser().parse(new StringReader(response.body()));
		assertThat(library.getReferences()).hasSize(1);
		RISReference reference = library.getReferences().get(0);
		assertThat(reference.getType().name()).isEqualTo("CHAP");
		assertThat(reference.getTitle()).isEqualTo(TITLE);
		assertThat(reference.getStartPage()).isEqualTo("163");
		assertThat(reference.getEndPage()).isEqualTo("167");
		assertThat(reference.getYear()).isEqualTo("1993");
		assertThat(reference.getDate()).isEqualTo("2009/12/07");
		assertThat(reference.getPublisher()).isEqualTo("Cambridge University Press");
		assertThat(reference.getAuthors()).isNullOrEmpty();
	}

	@Test
	void cslJsonExportParsesBackWithJackson() throws Exception {
		HttpResponse<String> response = get(this.chapterPath + "/cite.json", "*/*");
		JsonNode item = this.json.readTree(response.body());
		assertThat(item.get("type").asString()).isEqualTo("chapter");
		assertThat(item.get("title").asString()).isEqualTo(TITLE);
		assertThat(item.get("container-title").asString()).isEqualTo(BOOK);
		assertThat(item.get("page").asString()).isEqualTo("163-167");
		assertThat(item.get("issued").get("date-parts").get(0).get(0).asInt()).isEqualTo(1993);
		assertThat(item.get("URL").asString()).isEqualTo(this.base + this.chapterPath);
		assertThat(item.has("author")).isFalse();
	}

	@Test
	void chapterUrlNegotiatesEveryCitationType() throws Exception {
		for (String path : List.of(this.chapterPath,
				this.chapterPath.substring(0, this.chapterPath.lastIndexOf('/')))) {
			assertThat(contentType(get(path, "application/x-bibtex"))).startsWith("application/x-bibtex");
			assertThat(get(path, "application/x-bibtex").body()).startsWith("@incollection{");
			assertThat(contentType(get(path, "application/x-research-info-systems")))
				.startsWith("application/x-research-info-systems");
			assertThat(get(path, "application/x-research-info-systems").body()).startsWith("TY  - CHAP");
			assertThat(contentType(get(path, "application/vnd.citationstyles.csl+json")))
				.startsWith("application/vnd.citationstyles.csl+json");
			assertThat(contentType(get(path, "application/ld+json"))).startsWith("application/ld+json");
			assertThat(this.json.readTree(get(path, "application/ld+json").body()).get("@type").asString())
				.isEqualTo("Chapter");
		}
	}

	@Test
	void bibliographyTypeTakesStyleAndLocaleFromTheAcceptHeader() throws Exception {
		HttpResponse<String> apa = get(this.chapterPath, "text/x-bibliography");
		assertThat(apa.statusCode()).isEqualTo(200);
		assertThat(contentType(apa)).startsWith("text/x-bibliography");
		assertThat(apa.body()).contains("(1993)").contains(TITLE).contains("163\u2013167");
		HttpResponse<String> mla = get(this.chapterPath,
				"text/x-bibliography; style=modern-language-association; locale=en-US");
		assertThat(mla.body()).contains("\u201c" + TITLE + ".\u201d").isNotEqualTo(apa.body());
		HttpResponse<String> german = get(this.chapterPath, "text/x-bibliography; style=apa; locale=de-DE");
		assertThat(german.body()).contains("S. 163\u2013167");
		assertThat(get(this.chapterPath, "text/x-bibliography; style=no-such-style").statusCode()).isEqualTo(400);
	}

	@Test
	void htmlStaysTheDefault() throws Exception {
		assertThat(contentType(get(this.chapterPath, "*/*"))).startsWith("text/html");
		assertThat(contentType(get(this.chapterPath, null))).startsWith("text/html");
		assertThat(contentType(get(this.chapterPath,
				"text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8")))
			.startsWith("text/html");
	}

	@Test
	void unacceptableTypeGets406ListingTheAvailableTypes() throws Exception {
		HttpResponse<String> response = get(this.chapterPath, "application/pdf");
		assertThat(response.statusCode()).isEqualTo(406);
		assertThat(response.body()).contains("text/html", "application/x-bibtex", "application/x-research-info-systems",
				"application/vnd.citationstyles.csl+json", "text/x-bibliography", "application/ld+json");
	}

	@Test
	void landingPageSignpostsInItsLinkHeader() throws Exception {
		HttpResponse<String> response = get(this.chapterPath, "text/html");
		String link = String.join(", ", response.headers().allValues("Link"));
		String canonical = this.base + this.chapterPath;
		assertThat(link).contains("<" + canonical + ">; rel=\"cite-as\"")
			.contains("<https://schema.org/AboutPage>; rel=\"type\"")
			.contains("<https://schema.org/Chapter>; rel=\"type\"")
			.contains("<" + canonical + "/cite.bib>; rel=\"describedby\"; type=\"application/x-bibtex\"")
			.contains("<" + canonical + "/cite.ris>; rel=\"describedby\"; type=\"application/x-research-info-systems\"")
			.contains("<" + canonical
					+ "/cite.json>; rel=\"describedby\"; type=\"application/vnd.citationstyles.csl+json\"")
			.contains("<" + canonical + "/cite.jsonld>; rel=\"describedby\"; type=\"application/ld+json\"")
			.contains("rel=\"collection\"; type=\"text/html\"")
			.contains("/linkset>; rel=\"linkset\"; type=\"application/linkset+json\"")
			.doesNotContain("rel=\"item\"", "rel=\"license\"", "rel=\"author\"");
	}

	@Test
	void linksetRepeatsTheSignpostsAsJson() throws Exception {
		String id = this.chapterPath.split("/")[2];
		HttpResponse<String> response = get("/chapters/" + id + "/linkset", "application/linkset+json");
		assertThat(contentType(response)).startsWith("application/linkset+json");
		JsonNode context = this.json.readTree(response.body()).get("linkset").get(0);
		String canonical = this.base + this.chapterPath;
		assertThat(context.get("anchor").asString()).isEqualTo(canonical);
		assertThat(context.get("cite-as").get(0).get("href").asString()).isEqualTo(canonical);
		assertThat(context.get("type")).hasSize(2);
		assertThat(context.get("describedby")).hasSize(4);
		assertThat(context.get("describedby").get(0).get("type").asString()).isNotBlank();
		assertThat(context.get("collection").get(0).get("href").asString()).contains("/books/");
	}

	@Test
	void citePageWorksWithoutJavaScriptAndSearchesStyles() throws Exception {
		Document page = Jsoup
			.parse(get(this.chapterPath + "/cite?style=modern-language-association&q=chicago", "text/html").body());
		assertThat(page.select("select[name=style] option[selected]").attr("value"))
			.isEqualTo("modern-language-association");
		assertThat(page.select("select[name=style] option").eachAttr("value")).contains("apa",
				"modern-language-association", "chicago-author-date", "harvard-cite-them-right");
		assertThat(page.select(".formatted-citation").text()).contains("\u201c" + TITLE + ".\u201d");
		assertThat(page.select(".style-results a").eachAttr("href"))
			.anySatisfy((href) -> assertThat(href).endsWith("style=chicago-author-date"));
		assertThat(page.select("button.copy-citation").hasAttr("hidden")).isTrue();
		assertThat(page.select("script:not([src])")).isEmpty();
	}

	@Test
	void landingPageOffersTheCiteDialog() throws Exception {
		Document page = Jsoup.parse(get(this.chapterPath, "text/html").body());
		assertThat(page.select("a[data-dialog=cite]").attr("href")).isEqualTo(this.chapterPath + "/cite");
		assertThat(page.select("dialog#cite .formatted-citation").text()).contains(TITLE);
		assertThat(page
			.select("dialog#cite a[href$=cite.ris], dialog#cite a[href$=cite.bib], dialog#cite a[href$=cite.json]"))
			.hasSize(3);
		assertThat(page.select("script[src*=cite]")).hasSize(1);
	}

	@Test
	void apiChapterLinksToTheExports() throws Exception {
		String id = this.chapterPath.split("/")[2];
		JsonNode chapter = this.json.readTree(get("/api/chapters/" + id, "application/json").body());
		assertThat(chapter.get("citation").get("ris").asString()).isEqualTo(this.chapterPath + "/cite.ris");
		assertThat(chapter.get("citation").get("bibtex").asString()).isEqualTo(this.chapterPath + "/cite.bib");
		assertThat(chapter.get("citation").get("cslJson").asString()).isEqualTo(this.chapterPath + "/cite.json");
	}

	private static List<String> meta(Document page, String name) {
		return page.select("meta[name=\"" + name + "\"]").eachAttr("content");
	}

	private static String contentType(HttpResponse<String> response) {
		return response.headers().firstValue("Content-Type").orElse("");
	}

	private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path)).GET();
		if (accept != null) {
			request.header("Accept", accept);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
