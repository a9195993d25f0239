package org.colophon.catalogue;

import java.util.ArrayList;
import java.util.List;

import org.colophon.system.KeysetPage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keyset paging and reading order against a real database; run on H2 here and on
 * PostgreSQL by {@code PostgresIntegrationTests}.
 */
@SpringBootTest(properties = "colophon.seeds.load-on-startup=false")
@ActiveProfiles("test")
class CatalogueServiceIntegrationTests {

	@Autowired
	private CatalogueService catalogue;

	@Test
	void pagesThroughBooksByTitleAndChaptersById() {
		CatalogueFixtures.storeBooks(this.catalogue, "paging", 7, 2);

		List<String> titles = new ArrayList<>();
		String cursor = null;
		int pages = 0;
		do {
			KeysetPage<BookWithChapters> page = this.catalogue.booksByTitle(cursor, 3);
			page.items().forEach((book) -> titles.add(book.book().title()));
			assertThat(page.items()).filteredOn((book) -> book.book().title().startsWith("paging"))
				.allSatisfy((book) -> assertThat(book.chapters()).hasSize(2));
			cursor = page.nextCursor();
			pages++;
		}
		while (cursor != null);

		assertThat(pages).isGreaterThanOrEqualTo(3);
		assertThat(titles).isSorted().doesNotHaveDuplicates();
		assertThat(titles).filteredOn((title) -> title.startsWith("paging")).hasSize(7);

		List<String> chapterIds = new ArrayList<>();
		cursor = null;
		do {
			KeysetPage<ChapterInfo> page = this.catalogue.chapters(cursor, 4);
			page.items()
				.stream()
				.filter((chapter) -> chapter.book().title().startsWith("paging"))
				.forEach((chapter) -> chapterIds.add(chapter.id()));
			cursor = page.nextCursor();
		}
		while (cursor != null);
		assertThat(chapterIds).hasSize(14).doesNotHaveDuplicates();
	}

	@Test
	void contentsAreInPageOrderWithUnnumberedPagesLast() {
		BookDetails book = new BookDetails("Ordering", null, "P", 2000);
		this.catalogue.store("order-c", "h", book, List.of(), CatalogueFixtures.chapter("2", "Second", "25"));
		this.catalogue.store("order-a", "h", book, List.of(), CatalogueFixtures.chapter(null, "Preface", "ix"));
		this.catalogue.store("order-b", "h", book, List.of(), CatalogueFixtures.chapter("1", "First", "3"));
		String bookId = this.catalogue
			.store("order-d", "h", book, List.of(), CatalogueFixtures.chapter("10", "Tenth", "100"))
			.bookId();

		assertThat(this.catalogue.bookWithChapters(bookId).chapters()).extracting(ChapterHeading::title)
			.containsExactly("First", "Second", "Tenth", "Preface");
	}

}
