package org.colophon.catalogue;

import java.time.LocalDate;
import java.util.List;

/**
 * Builds small catalogues for tests.
 */
public final class CatalogueFixtures {

	private CatalogueFixtures() {
	}

	public static ChapterDetails chapter(String label, String title, String firstPage) {
		return new ChapterDetails(label, title, null, null, List.of(new Contributor("A. Author", "Some University")),
				LocalDate.of(2010, 1, 1), "Summary", List.of("A summary of " + title + "."), "Chapter", firstPage, null,
				true, null, List.of(), null);
	}

	/**
	 * Stores a chapter whose source named no book but listed its contents, then a chapter
	 * of the named book that the list holds, and returns both outcomes: the second one
	 * merges the first chapter's publication into the named book.
	 */
	public static List<StoreOutcome> storeUnnamedThenNamed(CatalogueService catalogue, String prefix) {
		List<String> contents = List.of("Frontmatter", "1 - " + prefix + " Opening", "2 - " + prefix + " Middle",
				"Index");
		StoreOutcome unnamed = catalogue.store(prefix + "-unnamed", "h",
				new BookDetails(null, null, "Merge Press", 2020), contents, chapter("2", prefix + " Middle", null));
		StoreOutcome named = catalogue.store(prefix + "-named", "h",
				new BookDetails(prefix + " Named Book", null, "Merge Press", 2020), List.of(),
				chapter("1", prefix + " Opening", "1"));
		return List.of(unnamed, named);
	}

	/**
	 * Stores {@code books} books named after {@code prefix}, each with
	 * {@code chaptersPerBook} chapters.
	 */
	public static void storeBooks(CatalogueService catalogue, String prefix, int books, int chaptersPerBook) {
		for (int b = 0; b < books; b++) {
			BookDetails book = new BookDetails(prefix + " book " + (char) ('A' + (b * 5) % 26), null, "Test Press",
					2000 + b);
			for (int c = 1; c <= chaptersPerBook; c++) {
				catalogue.store(prefix + "-" + b + "-" + c, "hash", book, List.of(),
						chapter(String.valueOf(c), "Chapter " + c + " of " + book.title(), String.valueOf(c * 10)));
			}
		}
	}

}
