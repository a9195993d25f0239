package org.colophon.web;

import java.util.List;

import org.colophon.catalogue.BookNotFoundException;
import org.colophon.catalogue.CatalogueService;
import org.colophon.system.KeysetPage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

/**
 * The books as JSON ("publications" in the addresses), each with its chapter headings.
 */
@WebSliceTest(BookApiController.class)
class BookApiControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private CatalogueService catalogue;

	@Test
	void showsABookWithTheHeadingsOfItsChapters() {
		given(this.catalogue.bookWithChapters("b1"))
			.willReturn(WebFixtures.bookWithChapters("b1", "Ancient Trees", "Roots"));

		assertThat(this.mvc.get().uri("/api/publications/b1")).hasStatusOk()
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.bodyJson()
			.isStrictlyEqualTo("""
					{
					  "id": "b1",
					  "url": "/books/b1/ancient-trees",
					  "title": "Ancient Trees",
					  "subtitle": "A Subtitle",
					  "publisher": "Test Press",
					  "printPublicationYear": 2009,
					  "doi": null,
					  "printIsbn": null,
					  "onlineIsbn": null,
					  "chapters": [
					    {
					      "id": "b1-c1",
					      "url": "/chapters/b1-c1/roots",
					      "label": "1",
					      "title": "Roots",
					      "firstPage": "10",
					      "lastPage": null
					    }
					  ]
					}
					""");
	}

	@Test
	void listsAPageOfBooksWithTheLinkToTheNext() {
		given(this.catalogue.booksByTitle("b0", 1))
			.willReturn(new KeysetPage<>(List.of(WebFixtures.bookWithChapters("b1", "Ancient Trees")), "b1"));

		assertThat(this.mvc.get().uri("/api/publications?after=b0&size=1")).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo("""
					{
					  "items": [ { "id": "b1", "title": "Ancient Trees", "chapters": [] } ],
					  "next": "/api/publications?after=b1&size=1"
					}
					""");
	}

	@Test
	void endsTheLastPageWithoutANextLink() {
		given(this.catalogue.booksByTitle(null, 20)).willReturn(new KeysetPage<>(List.of(), null));

		assertThat(this.mvc.get().uri("/api/publications")).hasStatusOk().bodyJson().isStrictlyEqualTo("""
				{ "items": [], "next": null }
				""");
	}

	@Test
	void answersAnUnknownBookWithAProblem() {
		given(this.catalogue.bookWithChapters("nope")).willThrow(new BookNotFoundException("nope"));

		assertThat(this.mvc.get().uri("/api/publications/nope")).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.isLenientlyEqualTo("""
					{ "status": 404, "title": "Not found", "detail": "No publication with id nope" }
					""");
	}

}
