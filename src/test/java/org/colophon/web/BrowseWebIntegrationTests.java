package org.colophon.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.colophon.catalogue.BookDetails;
import org.colophon.catalogue.CatalogueFixtures;
import org.colophon.catalogue.CatalogueService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A reader browses by print year and by publisher, following the links from the lists of
 * years and publishers to the books of one of them, page by page.
 */
@SpringBootTest(properties = "colophon.seeds.load-on-startup=false")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowseWebIntegrationTests {

	private static final String PUBLISHER = "Browse Ångström & Söhne / 50% Verlag";

	private static final String OTHER_PUBLISHER = "Browse Other Press";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private CatalogueService catalogue;

	@BeforeAll
	void storeBooks() {
		// 52 books of the publisher, more than a page of 50: two in 1663, the rest in
		// 1664.
		for (int i = 0; i < 52; i++) {
			store("Browse shelf " + String.format("%02d", i), PUBLISHER, (i < 2) ? 1663 : 1664);
		}
		store("Browse stray", OTHER_PUBLISHER, 1663);
	}

	@Test
	void leadsFromTheYearsToTheBooksOfOneYear() throws Exception {
		Document years = render("/browse/years");
		assertThat(years.select("h1").text()).isEqualTo("Books by print year");
		assertThat(years.select("nav[aria-label='Ways to browse'] a[aria-current=page]").text())
			.isEqualTo("By print year");
		Element year = years.selectFirst(".browse-list li:has(a:containsOwn(1663))");
		assertThat(year.text()).isEqualTo("1663 (3 books)");
		assertThat(years.select(".browse-list a").eachText()).containsSubsequence("1664", "1663");

		Document page = render(year.selectFirst("a").attr("href"));

		assertThat(page.select("h1").text()).isEqualTo("Books printed in 1663");
		assertThat(page.select(".book-list li > a").eachText()).containsExactly("Browse shelf 00", "Browse shelf 01",
				"Browse stray");
		assertThat(page.select(".book-list li").first().text())
			.isEqualTo("Browse shelf 00 Published by " + PUBLISHER + ", 1663");
		assertThat(page.select("a[rel=next]")).isEmpty();
	}

	@Test
	void leadsFromThePublishersToTheBooksOfOnePublisherPageByPage() throws Exception {
		Document publishers = render("/browse/publishers");
		assertThat(publishers.select("h1").text()).isEqualTo("Books by publisher");
		Element publisher = publishers.selectFirst(".browse-list li:has(a:containsOwn(" + PUBLISHER + "))");
		assertThat(publisher.text()).isEqualTo(PUBLISHER + " (52 books)");
		String href = publisher.selectFirst("a").attr("href");
		assertThat(href).isEqualTo("/browse/publishers/Browse_%C3%85ngstr%C3%B6m_~26_S%C3%B6hne_~2F_50~25_Verlag");

		Document first = render(href);

		assertThat(first.select("h1").text()).isEqualTo("Books published by " + PUBLISHER);
		List<String> titles = new ArrayList<>(first.select(".book-list li > a").eachText());
		assertThat(titles).hasSize(50).startsWith("Browse shelf 00", "Browse shelf 01").doesNotContain("Browse stray");
		String next = first.select("a[rel=next]").attr("href");
		assertThat(next).startsWith(href + "?after=");

		Document second = render(next);

		assertThat(second.select(".book-list li > a").eachText()).containsExactly("Browse shelf 50", "Browse shelf 51");
		assertThat(second.select("a[rel=next]")).isEmpty();
		assertThat(second.select("main > p > a[href='/browse/publishers']").text()).isEqualTo("All publishers");
	}

	@Test
	void pagesThroughThePublishersByName() throws Exception {
		List<String> names = new ArrayList<>();
		String path = "/browse/publishers";
		while (!path.isEmpty()) {
			Document page = render(path);
			names.addAll(page.select(".browse-list a").eachText());
			path = page.select("a[rel=next]").attr("href");
		}
		assertThat(names).doesNotHaveDuplicates().contains(PUBLISHER, OTHER_PUBLISHER);
	}

	@Test
	void answersAnUnknownYearOrPublisherWithTheNotFoundPage() throws Exception {
		for (String path : List.of("/browse/years/1111", "/browse/publishers/Nobody_Press",
				"/browse/publishers/Browse_Other_Press~", "/browse/publishers/~42rowse_Other_Press",
				"/browse/publishers/Browse%20Other%20Press")) {
			String html = this.mvc.perform(get(URI.create(path)))
				.andExpect(status().isNotFound())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(Jsoup.parse(html).select("h1").text()).as(path).isEqualTo("Page not found");
		}
		// No mapping matches: the container's error page answers, which MockMvc does not
		// render.
		this.mvc.perform(get(URI.create("/browse/years/not-a-year"))).andExpect(status().isNotFound());
		this.mvc.perform(get(URI.create("/browse/publishers/Browse_Other_Press"))).andExpect(status().isOk());
	}

	private void store(String title, String publisher, int year) {
		this.catalogue.store("browse-web-" + title, "h", new BookDetails(title, null, publisher, year), List.of(),
				CatalogueFixtures.chapter("1", title + " opening", "1"));
	}

	private Document render(String href) throws Exception {
		// The link as a browser sends it: its escapes kept as they are.
		return Jsoup.parse(this.mvc.perform(get(URI.create(href)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}
