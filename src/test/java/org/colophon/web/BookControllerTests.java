package org.colophon.web;

import java.util.List;
import java.util.Map;

import org.colophon.catalogue.BookContributor;
import org.colophon.catalogue.BookNotFoundException;
import org.colophon.catalogue.BookProfile;
import org.colophon.catalogue.CatalogueService;
import org.colophon.catalogue.Subject;
import org.colophon.search.SearchService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.type;
import static org.mockito.BDDMockito.given;

/**
 * The book page: the book's details and its table of contents, at its canonical address.
 */
@WebSliceTest(BookController.class)
class BookControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private CatalogueService catalogue;

	@MockitoBean
	private SearchService search;

	@Test
	void showsTheBookWithItsTableOfContents() {
		given(this.catalogue.bookWithChapters("b1"))
			.willReturn(WebFixtures.bookWithChapters("b1", "Ancient Trees", "Roots", "Branches"));
		given(this.search.accessModels("b1")).willReturn(Map.of("b1-c1", "OPEN_ACCESS", "b1-c2", "RESTRICTED"));
		given(this.catalogue.bookProfile("b1")).willReturn(BookProfile.NONE);

		assertThat(this.mvc.get().uri("/books/b1/ancient-trees")).hasStatusOk()
			.bodyText()
			.contains("Open access")
			.contains("Restricted")
			.doesNotContain("Subjects");
		assertThat(this.mvc.get().uri("/books/b1/ancient-trees")).hasStatusOk()
			.hasViewName("book/show")
			.model()
			.extractingByKey("book")
			.asInstanceOf(type(BookView.class))
			.satisfies((book) -> {
				assertThat(book.title()).isEqualTo("Ancient Trees");
				assertThat(book.capturedContents()).containsExactly("Front matter");
				assertThat(book.chapters()).extracting(ContentsEntryView::url)
					.containsExactly("/chapters/b1-c1/roots", "/chapters/b1-c2/branches");
			});
	}

	@Test
	void showsTheBooksContributorsWithTheirRolesAndItsSubjects() throws Exception {
		given(this.catalogue.bookWithChapters("b1")).willReturn(WebFixtures.bookWithChapters("b1", "Ancient Trees"));
		given(this.search.accessModels("b1")).willReturn(Map.of());
		given(this.catalogue.bookProfile("b1"))
			.willReturn(new BookProfile(List.of(new BookContributor("Ana Okafor", "editor", "University of Fenwick"),
					new BookContributor("Tomas Reed", "author", null), new BookContributor("Iris Vale", "A99", null)),
					List.of(new Subject("Thema", "NHB", "General world history"),
							new Subject("keywords", null, "rivers"))));

		String html = this.mvc.get()
			.uri("/books/b1/ancient-trees")
			.exchange()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

		Document page = Jsoup.parse(html);
		assertThat(page.select("ul.contributors > li")).extracting(Element::text)
			.containsExactly("Ana Okafor (editor) Affiliation: University of Fenwick", "Tomas Reed", "Iris Vale");
		assertThat(page.select("ul.subjects > li")).extracting(Element::text)
			.containsExactly("Thema: General world history", "keywords: rivers");
	}

	@Test
	void redirectsTheBookIdAloneToTheCanonicalAddress() {
		given(this.catalogue.bookWithChapters("b1")).willReturn(WebFixtures.bookWithChapters("b1", "Ancient Trees"));

		assertThat(this.mvc.get().uri("/books/b1")).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/books/b1/ancient-trees");
	}

	@Test
	void redirectsAStaleSlugToTheCanonicalAddress() {
		given(this.catalogue.bookWithChapters("b1")).willReturn(WebFixtures.bookWithChapters("b1", "Ancient Trees"));

		assertThat(this.mvc.get().uri("/books/b1/old-trees")).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/books/b1/ancient-trees");
	}

	@Test
	void answersAnUnknownBookWithTheNotFoundPage() {
		given(this.catalogue.bookWithChapters("nope")).willThrow(new BookNotFoundException("nope"));

		assertThat(this.mvc.get().uri("/books/nope/a-title")).hasStatus(HttpStatus.NOT_FOUND).hasViewName("error/404");
	}

}
