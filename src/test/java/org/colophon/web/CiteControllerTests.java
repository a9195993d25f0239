package org.colophon.web;

import java.util.List;
import java.util.Optional;

import org.colophon.catalogue.CatalogueService;
import org.colophon.catalogue.ChapterInfo;
import org.colophon.catalogue.ChapterNotFoundException;
import org.colophon.citation.CitationService;
import org.colophon.citation.CitationStyle;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.type;
import static org.mockito.BDDMockito.given;

/**
 * The plain citation page: the chapter cited in a chosen style, a style search and the
 * downloads.
 */
@WebSliceTest(CiteController.class)
@Import(CitationViews.class)
class CiteControllerTests {

	private static final ChapterInfo CHAPTER = WebFixtures.chapter("c1", "Roots and Branches");

	private static final String PAGE = "/chapters/c1/roots-and-branches";

	private static final String BASE_URL = "http://localhost";

	private static final CitationStyle APA = new CitationStyle("apa", "APA");

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private CatalogueService catalogue;

	@MockitoBean
	private CitationService citation;

	@Test
	void citesTheChapterInTheChosenStyleAmongTheFeaturedOnes() {
		CitationStyle harvard = new CitationStyle("harvard1", "Harvard");
		given(this.catalogue.chapter("c1")).willReturn(CHAPTER);
		given(this.citation.isStyle("harvard1")).willReturn(true);
		given(this.citation.featuredStyles()).willReturn(List.of(APA));
		given(this.citation.style("harvard1")).willReturn(Optional.of(harvard));
		given(this.citation.format(CHAPTER, "harvard1", "en-US", BASE_URL)).willReturn("Author, A. 2010, Roots.");

		assertThat(this.mvc.get().uri(PAGE + "/cite?style=harvard1")).hasStatusOk()
			.hasViewName("chapter/cite")
			.model()
			.containsEntry("unknownStyle", null)
			.extractingByKey("cite")
			.asInstanceOf(type(CiteView.class))
			.satisfies((cite) -> {
				assertThat(cite.style()).isEqualTo("harvard1");
				assertThat(cite.text()).isEqualTo("Author, A. 2010, Roots.");
				assertThat(cite.styles()).containsExactly(APA, harvard);
				assertThat(cite.risUrl()).isEqualTo(PAGE + "/cite.ris");
				assertThat(cite.bibtexUrl()).isEqualTo(PAGE + "/cite.bib");
				assertThat(cite.cslJsonUrl()).isEqualTo(PAGE + "/cite.json");
			});
	}

	@Test
	void citesInTheDefaultStyleAndNamesTheStyleItDoesNotKnow() {
		given(this.catalogue.chapter("c1")).willReturn(CHAPTER);
		given(this.citation.isStyle("no-such-style")).willReturn(false);
		given(this.citation.featuredStyles()).willReturn(List.of(APA));
		given(this.citation.format(CHAPTER, "apa", "en-US", BASE_URL)).willReturn("Author, A. (2010).");

		assertThat(this.mvc.get().uri(PAGE + "/cite?style=no-such-style")).hasStatusOk()
			.model()
			.containsEntry("unknownStyle", "no-such-style")
			.extractingByKey("cite")
			.asInstanceOf(type(CiteView.class))
			.extracting(CiteView::style)
			.isEqualTo("apa");
	}

	@Test
	void listsTheStylesASearchFinds() {
		List<CitationStyle> found = List.of(new CitationStyle("harvard1", "Harvard"));
		given(this.catalogue.chapter("c1")).willReturn(CHAPTER);
		given(this.citation.isStyle("apa")).willReturn(true);
		given(this.citation.featuredStyles()).willReturn(List.of(APA));
		given(this.citation.format(CHAPTER, "apa", "en-US", BASE_URL)).willReturn("Author, A. (2010).");
		given(this.citation.searchStyles("harv")).willReturn(found);

		assertThat(this.mvc.get().uri(PAGE + "/cite?q=harv")).hasStatusOk()
			.model()
			.containsEntry("query", "harv")
			.containsEntry("found", found);
	}

	@Test
	void redirectsAStaleSlugToTheCanonicalAddressKeepingTheStyle() {
		given(this.catalogue.chapter("c1")).willReturn(CHAPTER);

		assertThat(this.mvc.get().uri("/chapters/c1/old-title/cite?style=harvard1")).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl(PAGE + "/cite?style=harvard1");
	}

	@Test
	void answersAnUnknownChapterWithTheNotFoundPage() {
		given(this.catalogue.chapter("nope")).willThrow(new ChapterNotFoundException("nope"));

		assertThat(this.mvc.get().uri("/chapters/nope/a-title/cite")).hasStatus(HttpStatus.NOT_FOUND)
			.hasViewName("error/404");
	}

}
