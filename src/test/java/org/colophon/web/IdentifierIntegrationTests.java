package org.colophon.web;

import java.time.LocalDate;
import java.util.List;

import org.colophon.catalogue.BookDetails;
import org.colophon.catalogue.CatalogueService;
import org.colophon.catalogue.ChapterDetails;
import org.colophon.catalogue.StoreOutcome;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A chapter with a DOI in a book with ISBNs, shown on its pages, in the JSON API and in
 * the landing page's metadata.
 */
@SpringBootTest(properties = "colophon.seeds.load-on-startup=false")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class IdentifierIntegrationTests {

	private static final String DOI_URL = "https://doi.org/10.5555/ident.web.1";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private CatalogueService catalogue;

	private StoreOutcome stored;

	@BeforeEach
	void storeAnIdentifiedChapter() {
		this.stored = this.catalogue.store("identifier-web-1", "h",
				new BookDetails("Identified Web Book", null, "Test Press", 2020, "10.5555/IDENT.WEB", "0-521-45059-4",
						"9780511558214"),
				List.of(),
				new ChapterDetails("1", "Identified Chapter", null, null, List.of(), LocalDate.of(2020, 1, 1), null,
						List.of("Text."), "Chapter", "1", "9", false, null, List.of(), null, "10.5555/IDENT.WEB.1"));
	}

	@Test
	void chapterPageLinksTheDoiAndNamesTheIsbns() throws Exception {
		String html = this.mvc.perform(get("/chapters/" + this.stored.chapterId() + "/identified-chapter"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(html);

		assertThat(page.select(".information a.doi").attr("href")).isEqualTo(DOI_URL);
		assertThat(page.select(".information a.doi").text()).isEqualTo(DOI_URL);
		assertThat(page.select(".information dt").eachText()).contains("DOI:", "Print ISBN:", "Online ISBN:");
		assertThat(page.select(".information dd").eachText()).contains("9780521450591", "9780511558214");
		assertThat(page.select("meta[name=citation_doi]").attr("content")).isEqualTo("10.5555/ident.web.1");
		assertThat(page.select("meta[name=citation_isbn]").eachAttr("content")).containsExactly("9780521450591",
				"9780511558214");
	}

	@Test
	void chapterPageCitesAsTheDoi() throws Exception {
		String link = this.mvc.perform(get("/chapters/" + this.stored.chapterId() + "/identified-chapter"))
			.andReturn()
			.getResponse()
			.getHeader(HttpHeaders.LINK);

		assertThat(link).startsWith("<" + DOI_URL + ">; rel=\"cite-as\"");
	}

	@Test
	void bookPageLinksTheDoiAndNamesTheIsbns() throws Exception {
		String html = this.mvc.perform(get("/books/" + this.stored.bookId() + "/identified-web-book"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(html);

		assertThat(page.select(".facts a.doi").attr("href")).isEqualTo("https://doi.org/10.5555/ident.web");
		assertThat(page.select(".facts dt").eachText()).contains("DOI", "Print ISBN", "Online ISBN");
		assertThat(page.select(".facts dd").eachText()).contains("9780521450591", "9780511558214");
	}

	@Test
	void jsonApiCarriesTheIdentifiers() throws Exception {
		this.mvc.perform(get("/api/chapters/" + this.stored.chapterId()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.doi").value("10.5555/ident.web.1"))
			.andExpect(jsonPath("$.publication.doi").value("10.5555/ident.web"))
			.andExpect(jsonPath("$.publication.printIsbn").value("9780521450591"))
			.andExpect(jsonPath("$.publication.onlineIsbn").value("9780511558214"));
		this.mvc.perform(get("/api/publications/" + this.stored.bookId()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.doi").value("10.5555/ident.web"))
			.andExpect(jsonPath("$.printIsbn").value("9780521450591"));
	}

}
