package org.colophon.catalogue;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One run through the identifier lookups, shared by the H2 and PostgreSQL tests.
 */
public final class IdentifierScenario {

	private IdentifierScenario() {
	}

	/**
	 * Stores chapters with identifiers under names made unique by {@code prefix} and
	 * checks every lookup.
	 */
	public static void run(CatalogueService catalogue, String prefix) {
		String doi = "10.5555/" + prefix + ".book";
		String isbn = isbn(prefix);
		BookDetails book = new BookDetails(prefix + " identified book", null, "P", 2010, doi.toUpperCase(), isbn, null);
		StoreOutcome first = catalogue.store(prefix + "-ident-1", "h1", book, List.of(),
				chapter("First", "https://doi.org/" + doi + ".1"));

		assertThat(catalogue.bookByDoi("doi:" + doi.toUpperCase())).map(BookInfo::id).contains(first.bookId());
		assertThat(catalogue.bookByIsbn(isbn)).map(BookInfo::id).contains(first.bookId());
		assertThat(catalogue.bookByIsbn("978-0-000-00000-2")).isEmpty();
		assertThat(catalogue.bookByDoi("not a doi")).isEmpty();
		ChapterInfo found = catalogue.chapterByDoi(doi + ".1").orElseThrow();
		assertThat(found.id()).isEqualTo(first.chapterId());
		assertThat(found.doi()).isEqualTo(doi + ".1");
		assertThat(found.book().doi()).isEqualTo(doi);
		assertThat(found.book().printIsbn()).isEqualTo(isbn);

		BookDetails sameIsbnOtherTitle = new BookDetails(prefix + " identified book, revised", null, "P", 2010, null,
				isbn, null);
		StoreOutcome second = catalogue.store(prefix + "-ident-2", "h1", sameIsbnOtherTitle, List.of(),
				chapter("Second", null));
		assertThat(second.bookId()).isEqualTo(first.bookId());
		assertThat(catalogue.book(first.bookId()).doi()).as("a source without the DOI keeps it").isEqualTo(doi);

		catalogue.store(prefix + "-ident-1", "h2", book, List.of(), chapter("First, revised", null));
		assertThat(catalogue.chapter(first.chapterId()).doi()).isEqualTo(doi + ".1");
		assertThat(catalogue.chapter(first.chapterId()).title()).isEqualTo("First, revised");
	}

	static ChapterDetails chapter(String title, String doi) {
		return new ChapterDetails("1", title, null, null, List.of(), LocalDate.of(2010, 1, 1), null, List.of(),
				"Chapter", "1", "2", false, null, List.of(), null, doi);
	}

	/** A valid ISBN-13 that differs by prefix, so that the runs do not meet. */
	private static String isbn(String prefix) {
		String body = "978" + String.format("%09d", Math.abs(prefix.hashCode()) % 1_000_000_000);
		int sum = 0;
		for (int i = 0; i < 12; i++) {
			sum += (body.charAt(i) - '0') * ((i % 2 == 0) ? 1 : 3);
		}
		return body + (10 - sum % 10) % 10;
	}

}
