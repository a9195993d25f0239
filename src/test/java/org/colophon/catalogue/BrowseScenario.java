package org.colophon.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.colophon.system.KeysetPage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * One run through browsing by print year and by publisher, shared by the H2 and
 * PostgreSQL tests: each list is paged to its end and compared with the books stored.
 */
public final class BrowseScenario {

	private BrowseScenario() {
	}

	/**
	 * Stores books under names made unique by {@code prefix}, in {@code year} (which no
	 * other test uses) and the year after, and checks the lists and their cursors.
	 */
	public static void run(CatalogueService catalogue, String prefix, int year) {
		String publisher = prefix + " Ångström & Söhne / Verlag";
		String near = prefix + " Ångström & Söhne";
		// Stored out of order; two books share a title and are told apart by id.
		String e = store(catalogue, prefix, "E", null, publisher, year);
		String c = store(catalogue, prefix, "C", null, publisher, year);
		String a = store(catalogue, prefix, "A", null, publisher, year);
		String cTwin = store(catalogue, prefix, "C", "A twin", publisher, year);
		String d = store(catalogue, prefix, "D", null, publisher, year);
		String b = store(catalogue, prefix, "B", null, publisher, year);
		String nextYear = store(catalogue, prefix, "B2", null, publisher, year + 1);
		String otherPublisher = store(catalogue, prefix, "F", null, near, year);
		String untitled = catalogue
			.store(prefix + "-untitled", "h", new BookDetails(null, null, publisher, year), List.of(),
					CatalogueFixtures.chapter("1", prefix + " untitled chapter", "1"))
			.bookId();

		assertThat(all((after) -> catalogue.booksOfYear(year, after, 2)))
			.containsExactly(a, b, c, cTwin, d, e, otherPublisher)
			.doesNotContain(untitled, nextYear);
		assertThat(all((after) -> catalogue.booksOfPublisher(publisher, after, 3))).containsExactly(a, b, nextYear, c,
				cTwin, d, e);
		assertThat(all((after) -> catalogue.booksOfPublisher(near, after, 3))).containsExactly(otherPublisher);
		assertThat(catalogue.booksOfYear(year + 1, a, 2).items()).as("a cursor from another year ends the list")
			.isEmpty();
		assertThat(catalogue.booksOfPublisher(publisher, "no-such-book", 2).items()).isEmpty();

		assertThat(catalogue.printYears()).contains(new YearCount(year, 7));
		assertThat(catalogue.printYears()).extracting(YearCount::year).isSortedAccordingTo((x, y) -> y - x);
		List<PublisherCount> publishers = new ArrayList<>();
		String after = null;
		do {
			KeysetPage<PublisherCount> page = catalogue.publishers(after, 2);
			publishers.addAll(page.items());
			after = page.nextCursor();
		}
		while (after != null);
		assertThat(publishers).extracting(PublisherCount::publisher).doesNotHaveDuplicates();
		assertThat(publishers).containsSubsequence(new PublisherCount(near, 1), new PublisherCount(publisher, 7));

		assertThatExceptionOfType(PrintYearNotFoundException.class)
			.isThrownBy(() -> catalogue.booksOfYear(year - 1000, null, 2));
		assertThatExceptionOfType(PublisherNotFoundException.class)
			.isThrownBy(() -> catalogue.booksOfPublisher(prefix + " Nobody Press", null, 2));
	}

	private static String store(CatalogueService catalogue, String prefix, String letter, String subtitle,
			String publisher, int year) {
		String title = prefix + " shelf " + letter;
		return catalogue
			.store(prefix + "-" + letter + "-" + subtitle, "h", new BookDetails(title, subtitle, publisher, year),
					List.of(), CatalogueFixtures.chapter("1", title + " opening", "1"))
			.bookId();
	}

	private static List<String> all(Function<String, KeysetPage<BookInfo>> pages) {
		List<String> ids = new ArrayList<>();
		String after = null;
		do {
			KeysetPage<BookInfo> page = pages.apply(after);
			page.items().forEach((book) -> ids.add(book.id()));
			after = page.nextCursor();
		}
		while (after != null);
		return ids;
	}

}
