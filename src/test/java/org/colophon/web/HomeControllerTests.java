package org.colophon.web;

import java.util.List;

import org.colophon.catalogue.CatalogueService;
import org.colophon.system.KeysetPage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.list;
import static org.mockito.BDDMockito.given;

/**
 * The catalogue listing: books by title with their chapters, a keyset page at a time.
 */
@WebSliceTest(HomeController.class)
class HomeControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private CatalogueService catalogue;

	@Test
	void listsTheFirstPageOfBooksWithTheirChaptersAndTheCursorToTheNext() {
		given(this.catalogue.booksByTitle(null, 20)).willReturn(new KeysetPage<>(
				List.of(WebFixtures.bookWithChapters("b1", "Ancient Trees", "Roots", "Branches")), "b1"));

		assertThat(this.mvc.get().uri("/")).hasStatusOk()
			.hasViewName("home")
			.model()
			.containsEntry("next", "b1")
			.containsEntry("signedOut", false)
			.extractingByKey("books")
			.asInstanceOf(list(BookView.class))
			.singleElement()
			.satisfies((book) -> {
				assertThat(book.url()).isEqualTo("/books/b1/ancient-trees");
				assertThat(book.chapters()).extracting(ContentsEntryView::title).containsExactly("Roots", "Branches");
			});
	}

	@Test
	void resumesAfterTheCursorAndEndsWithoutANextPage() {
		given(this.catalogue.booksByTitle("b1", 20))
			.willReturn(new KeysetPage<>(List.of(WebFixtures.bookWithChapters("b2", "Branches")), null));

		assertThat(this.mvc.get().uri("/?after=b1")).hasStatusOk()
			.model()
			.containsEntry("next", null)
			.extractingByKey("books")
			.asInstanceOf(list(BookView.class))
			.extracting(BookView::id)
			.containsExactly("b2");
	}

	@Test
	void confirmsASignOut() {
		given(this.catalogue.booksByTitle(null, 20)).willReturn(new KeysetPage<>(List.of(), null));

		assertThat(this.mvc.get().uri("/?signedOut")).hasStatusOk()
			.hasViewName("home")
			.model()
			.containsEntry("signedOut", true);
	}

}
