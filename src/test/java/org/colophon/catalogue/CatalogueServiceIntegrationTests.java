package org.colophon.catalogue;

import java.util.ArrayList;
import java.util.List;

import org.colophon.system.KeysetPage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

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
			// Books whose details are not in the source (other tests store some) have no
			// title and come last.
			page.items()
				.stream()
				.filter((book) -> !book.book().detailsIncomplete())
				.forEach((book) -> titles.add(book.book().title()));
			assertThat(page.items()).filteredOn((book) -> isPagingBook(book.book()))
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
				.filter((chapter) -> isPagingBook(chapter.book()))
				.forEach((chapter) -> chapterIds.add(chapter.id()));
			cursor = page.nextCursor();
		}
		while (cursor != null);
		assertThat(chapterIds).hasSize(14).doesNotHaveDuplicates();
	}

	@Test
	void pagesThroughTheBooksOfOnePrintYearAndOfOnePublisher() {
		BrowseScenario.run(this.catalogue, "h2-browse", 1661);
	}

	private static boolean isPagingBook(BookInfo book) {
		return book.title() != null && book.title().startsWith("paging");
	}

	@Test
	void aPublicationWithIncompleteDetailsIsMergedIntoTheBookItsContentsDescribe() {
		List<StoreOutcome> outcomes = CatalogueFixtures.storeUnnamedThenNamed(this.catalogue, "h2-merge");
		StoreOutcome unnamed = outcomes.get(0);
		StoreOutcome named = outcomes.get(1);

		assertThat(unnamed.bookMatch()).isEqualTo(StoreOutcome.BookMatch.DETAILS_INCOMPLETE);
		assertThat(named.mergedBookIds()).containsExactly(unnamed.bookId());
		assertThat(this.catalogue.chapter(unnamed.chapterId()).book().id()).isEqualTo(named.bookId());
		assertThat(this.catalogue.bookWithChapters(named.bookId()).chapters()).extracting(ChapterHeading::title)
			.containsExactly("h2-merge Opening", "h2-merge Middle");
		assertThat(this.catalogue.book(named.bookId()).contents()).contains("2 - h2-merge Middle");
		assertThatExceptionOfType(BookNotFoundException.class).isThrownBy(() -> this.catalogue.book(unnamed.bookId()));
	}

	@Test
	void aChapterWhoseSourceNamesNoBookButItsIsbnGoesToTheBookWithThatIsbn() {
		String bookId = this.catalogue
			.store("isbn-named", "h",
					new BookDetails("Isbn Book", null, "Isbn Press", 2003, null, "9780306406157", null), List.of(),
					CatalogueFixtures.chapter("1", "Isbn Opening", "1"))
			.bookId();

		StoreOutcome unnamed = this.catalogue.store("isbn-unnamed", "h",
				new BookDetails(null, null, "Isbn Press", 2003, null, "0-306-40615-2", null), List.of(),
				CatalogueFixtures.chapter("2", "Isbn Later", null));

		assertThat(unnamed.bookMatch()).isEqualTo(StoreOutcome.BookMatch.BY_IDENTIFIER);
		assertThat(unnamed.bookId()).isEqualTo(bookId);
		assertThat(this.catalogue.bookWithChapters(bookId).chapters()).extracting(ChapterHeading::title)
			.containsExactly("Isbn Opening", "Isbn Later");
	}

	@Test
	void aBookWithAConflictingPublisherIsNotTheOneAContentsListDescribes() {
		BookDetails named = new BookDetails("Conflict Book", null, "One Press", 2001);
		String bookId = this.catalogue
			.store("conflict-named", "h", named, List.of(), CatalogueFixtures.chapter("1", "Conflict Opening", "1"))
			.bookId();

		StoreOutcome unnamed = this.catalogue.store("conflict-unnamed", "h",
				new BookDetails(null, null, "Another Press", 2001), List.of("1 Conflict Opening", "2 Conflict Later"),
				CatalogueFixtures.chapter("2", "Conflict Later", null));

		assertThat(unnamed.bookId()).isNotEqualTo(bookId);
		assertThat(this.catalogue.book(unnamed.bookId()).detailsIncomplete()).isTrue();
	}

	@Test
	void booksWithoutATitleFollowTheOthersInTheListingByTitle() {
		for (int i = 0; i < 3; i++) {
			this.catalogue.store("untitled-listing-" + i, "h", new BookDetails(null, null, "Listing Press", 1990 + i),
					List.of(), CatalogueFixtures.chapter(null, "Untitled listing " + i, null));
		}

		List<BookInfo> listed = new ArrayList<>();
		String cursor = null;
		do {
			KeysetPage<BookWithChapters> page = this.catalogue.booksByTitle(cursor, 2);
			page.items().forEach((book) -> listed.add(book.book()));
			cursor = page.nextCursor();
		}
		while (cursor != null);

		assertThat(listed).extracting(BookInfo::id).doesNotHaveDuplicates();
		assertThat(listed).filteredOn(BookInfo::detailsIncomplete)
			.extracting(BookInfo::printPublicationYear)
			.contains(1990, 1991, 1992);
		int firstUntitled = listed.indexOf(listed.stream().filter(BookInfo::detailsIncomplete).findFirst().get());
		assertThat(listed.subList(firstUntitled, listed.size())).allMatch(BookInfo::detailsIncomplete);
		assertThat(listed.subList(0, firstUntitled)).extracting(BookInfo::title).isSorted();
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
