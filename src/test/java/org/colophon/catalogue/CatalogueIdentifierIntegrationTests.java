package org.colophon.catalogue;

import java.util.List;

import org.colophon.catalogue.StoreOutcome.Change;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * DOIs and ISBNs stored, looked up on their indexes and used to find a book again; run on
 * H2 here and on PostgreSQL by {@code PostgresIntegrationTests}.
 */
@SpringBootTest(properties = "colophon.seeds.load-on-startup=false")
@ActiveProfiles("test")
class CatalogueIdentifierIntegrationTests {

	@Autowired
	private CatalogueService catalogue;

	@Test
	void findsBooksAndChaptersByTheirIdentifiers() {
		IdentifierScenario.run(this.catalogue, "h2");
	}

	@Test
	void aNamesakeWithAnotherDoiIsAnotherBook() {
		BookDetails first = new BookDetails("Namesake", null, "P", 2001, "10.5555/namesake.1", null, null);
		BookDetails second = new BookDetails("Namesake", null, "P", 2001, "10.5555/namesake.2", null, null);
		BookDetails undated = new BookDetails("Namesake", null, "P", 2001);

		String firstId = this.catalogue.storeBook(first, List.of()).bookId();
		String secondId = this.catalogue.storeBook(second, List.of()).bookId();

		assertThat(secondId).isNotEqualTo(firstId);
		assertThat(this.catalogue.book(firstId).doi()).isEqualTo("10.5555/namesake.1");
		assertThat(this.catalogue.book(secondId).doi()).isEqualTo("10.5555/namesake.2");
		assertThat(this.catalogue.storeBook(undated, List.of()).bookId()).as("without a DOI, found by its title")
			.isEqualTo(firstId);
	}

	@Test
	void aSecondChapterWithTheSameDoiIsRefused() {
		BookDetails book = new BookDetails("Duplicate DOI book", null, "P", 2001);
		this.catalogue.store("dup-doi-1", "h", book, List.of(), IdentifierScenario.chapter("One", "10.5555/dup.1"));

		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.catalogue
			.store("dup-doi-2", "h", book, List.of(), IdentifierScenario.chapter("Two", "10.5555/DUP.1")));
		assertThat(this.catalogue.chapterByDoi("10.5555/dup.1")).map(ChapterInfo::title).contains("One");
	}

	@Test
	void aBookFindsItsStoredChaptersByKeyOrDoiAndASourceRepeatedInItIsStoredOnce() {
		BookDetails book = new BookDetails("Repeated sources", null, "P", 2002);
		ChapterDetails one = IdentifierScenario.chapter("One", "10.5555/repeat.1");
		ChapterDetails two = IdentifierScenario.chapter("Two", "10.5555/repeat.2");
		String first = this.catalogue.store("repeat-1", "h", book, List.of(), one).chapterId();

		BookStoreOutcome outcome = this.catalogue.storeBook(book,
				List.of(new ChapterSource("repeat-1", "h", one), new ChapterSource("other-key", "h2", one),
						new ChapterSource("repeat-2", "h", two), new ChapterSource("repeat-2", "h", two),
						new ChapterSource("repeat-3", "h3", IdentifierScenario.chapter("Three", "10.5555/REPEAT.2"))));

		assertThat(outcome.chapters()).extracting(StoreOutcome::change)
			.containsExactly(Change.UNCHANGED, Change.UPDATED, Change.CREATED, Change.UNCHANGED, Change.UPDATED);
		assertThat(outcome.chapters().get(1).chapterId()).as("found by its DOI under another key").isEqualTo(first);
		assertThat(outcome.chapters().get(4).chapterId()).as("a DOI stored earlier in the same book")
			.isEqualTo(outcome.chapters().get(2).chapterId());
		assertThat(this.catalogue.bookWithChapters(outcome.bookId()).chapters()).hasSize(2);
	}

}
