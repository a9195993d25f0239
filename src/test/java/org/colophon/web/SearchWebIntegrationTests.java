package org.colophon.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.colophon.catalogue.BookDetails;
import org.colophon.catalogue.CatalogueService;
import org.colophon.catalogue.ChapterDetails;
import org.colophon.catalogue.Contributor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The search page, the search API, suggestions and the OpenSearch description over the
 * real index, with a chapter whose title and summary are hostile markup.
 */
@SpringBootTest(properties = "colophon.search.max-depth=999")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchWebIntegrationTests {

	static final String SEED_CHAPTER = "90609dfc5ebe730d";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private CatalogueService catalogue;

	@BeforeAll
	void storeHostileChapter() {
		this.catalogue.store("hostile-1", "h1",
				new BookDetails("Curves <i>and</i> surfaces", null, "Hostile Press", 2020), List.of(),
				new ChapterDetails("1", "<script>alert('title')</script> Hostile curves", null, null,
						List.of(new Contributor("M. <b>Mallory</b>", null)), LocalDate.of(2020, 5, 1), "Summary",
						List.of("Curves \"><img src=x onerror=alert(1)> and more curves."), "Chapter", "1", "20", false,
						null, List.of(), null));
	}

	@Test
	void placesAChapterInItsBookWithABreadcrumbAndItsNeighbours() throws Exception {
		BookDetails book = new BookDetails("Navigation", null, "Wayfinding Press", 2001);
		for (int i = 1; i <= 3; i++) {
			this.catalogue.store("nav-" + i, "nav" + i, book, List.of(),
					new ChapterDetails(String.valueOf(i), "Waypoint " + i, (i == 2) ? "Part One" : null, null,
							List.of(), null, null, List.of(), "Chapter", String.valueOf(i * 10),
							String.valueOf(i * 10 + 9), i == 3, null, List.of(), null));
		}
		String middle = this.mvc.perform(get("/api/search").param("q", "\"waypoint 2\""))
			.andReturn()
			.getResponse()
			.getContentAsString()
			.replaceAll("(?s).*?\"url\":\"(/chapters/[^\"]+)\".*", "$1");

		Document page = render(middle);

		assertThat(page.select("nav[aria-label=Breadcrumb] li").eachText()).containsExactly("Catalogue", "Navigation",
				"Part One", "Waypoint 2");
		assertThat(page.select("nav[aria-label=Breadcrumb] a[aria-current=page]").attr("href")).isEqualTo(middle);
		assertThat(page.select("a[rel=prev]").text()).contains("Waypoint 1");
		assertThat(page.select("a[rel=next]").text()).contains("Waypoint 3");

		Document bookPage = render(page.select("nav[aria-label=Breadcrumb] li:eq(1) a").attr("href"));
		assertThat(bookPage.select(".contents li").eachText()).containsExactly("1 Waypoint 1 pp. 10 - 19 Free",
				"2 Waypoint 2 pp. 20 - 29 Free", "3 Waypoint 3 pp. 30 - 39 Restricted");
	}

	@Test
	void browsesBooksByTitleYearAndPublisher() throws Exception {
		assertThat(render("/browse/titles").select(".book-list a").eachText()).contains("Stalinist Terror");
		Document years = render("/browse/years");
		String year = years.select(".browse-list a:containsOwn(2020)").attr("href");
		assertThat(year).isEqualTo("/browse/years/2020");
		assertThat(render(year).select(".book-list a").eachText()).contains("Curves <i>and</i> surfaces")
			.doesNotContain("Stalinist Terror");
		Document publishers = render("/browse/publishers");
		String press = publishers.select(".browse-list a:contains(Hostile Press)").attr("href");
		assertThat(press).isEqualTo("/browse/publishers/Hostile_Press");
		assertThat(render(press).select(".book-list a").eachText()).containsExactly("Curves <i>and</i> surfaces");
	}

	@Test
	void showsResultsWithMatchesMarkedAndMarkupEscaped() throws Exception {
		String html = this.mvc.perform(get("/search").param("q", "hostile curves"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).doesNotContain("<script>alert").doesNotContain("<img src=x").doesNotContain("<b>Mallory");
		Document page = Jsoup.parse(html);
		assertThat(page.select(".result h2 a mark").eachText()).contains("Hostile curves");
		assertThat(page.select(".result h2 a").text()).contains("<script>alert('title')</script>");
		assertThat(page.select(".result .snippet mark").eachText()).contains("Curves");
		assertThat(page.select(".result .snippet").text()).contains("\"><img src=x onerror=alert(1)>");
		assertThat(page.select(".search-total").text()).isEqualTo("1 result");
	}

	@Test
	void offersFacetLinksThatKeepTheQuery() throws Exception {
		Document page = render("/search?q=curves");

		assertThat(page.select(".facets h3").eachText()).contains("Type", "Publisher", "Print year", "Access",
				"Availability");
		String publisher = page.select(".facets a:contains(Hostile Press)").attr("href");
		assertThat(publisher).isEqualTo("/search?q=curves&publisher=Hostile%20Press");
		Document filtered = render(publisher);
		assertThat(filtered.select(".facets a.selected").text()).contains("Hostile Press");
		assertThat(filtered.select(".search-form input[type=hidden][name=publisher]").attr("value"))
			.isEqualTo("Hostile Press");
	}

	@Test
	void answersBadQueriesWithAMessageNeverAnError() throws Exception {
		for (String query : List.of("", "x".repeat(2000), "!!!", "\"unbalanced", "title:(", "*", "~~")) {
			this.mvc.perform(get("/search").param("q", query)).andExpect(status().isOk());
			this.mvc.perform(get("/api/search").param("q", query))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.total").isNumber());
		}
		assertThat(render("/search?q=*").select("[role=status]").text()).contains("no letters or digits");
		this.mvc.perform(get("/api/search").param("q", ""))
			.andExpect(jsonPath("$.notices[0].code").value("search.notice.empty"))
			.andExpect(jsonPath("$.notices[0].message").value(startsWith("Type a word")));
		this.mvc
			.perform(get("/search").param("q", "terror")
				.param("after", "not-a-cursor")
				.param("sort", "nonsense")
				.param("size", "lots")
				.param("available", "maybe")
				.param("year", "1066"))
			.andExpect(status().isOk());
	}

	@Test
	void servesResultsAsJson() throws Exception {
		this.mvc.perform(get("/api/search").param("q", "purges moscow"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.hits[0].id").value(SEED_CHAPTER))
			.andExpect(jsonPath("$.hits[0].url").value(startsWith("/chapters/" + SEED_CHAPTER + "/")))
			.andExpect(jsonPath("$.hits[0].titleHtml").value(containsString("<mark>Purges</mark>")))
			.andExpect(jsonPath("$.facets[?(@.name == 'publisher')].values[0].value")
				.value(hasItem("Cambridge University Press")));
		this.mvc.perform(get("/api/search").param("q", "hostile"))
			.andExpect(jsonPath("$.hits[0].titleHtml").value(startsWith("&lt;script&gt;")));
	}

	@Test
	void pagesWithANextLink() throws Exception {
		this.mvc.perform(get("/api/search").param("q", "curves | terror").param("size", "1").param("sort", "title"))
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.next").value(startsWith("/api/search?q=curves%20%7C%20terror&sort=title&after=")));
	}

	@Test
	void suggestsTitlesAndNamesAsJson() throws Exception {
		this.mvc.perform(get("/api/search/suggest").param("q", "great ter"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].kind").value("chapter"))
			.andExpect(jsonPath("$[0].url").value(startsWith("/chapters/" + SEED_CHAPTER + "/")));
		this.mvc.perform(get("/api/search/suggest").param("q", "mallo"))
			.andExpect(jsonPath("$[?(@.kind == 'contributor')].url")
				.value(hasItem("/search?q=%22M.%20%3Cb%3EMallory%3C%2Fb%3E%22")));
		this.mvc.perform(get("/api/search/suggest").param("q", "\"(*")).andExpect(jsonPath("$").isEmpty());
	}

	@Test
	void everyPageHasTheSearchBoxAndTheDescriptionDocument() throws Exception {
		Document home = render("/");
		assertThat(home.select("header form[role=search][action=/search] input[name=q]")).hasSize(1);
		assertThat(home.select("link[rel=search]").attr("href")).isEqualTo("/opensearch.xml");

		this.mvc.perform(get("/opensearch.xml"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/opensearchdescription+xml"))
			.andExpect(content().string(containsString("/search?q={searchTerms}")))
			.andExpect(content().string(containsString("<ShortName>Colophon</ShortName>")));
	}

	private Document render(String path) throws Exception {
		// Follows a link as a browser would: MockMvc keeps a query string's escapes.
		UriComponents link = UriComponentsBuilder.fromUriString(path).build();
		MockHttpServletRequestBuilder request = get(link.getPath());
		link.getQueryParams()
			.forEach((name, values) -> values
				.forEach((value) -> request.queryParam(name, UriUtils.decode(value, StandardCharsets.UTF_8))));
		return Jsoup
			.parse(this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

}
