package org.colophon.catalogue;

import java.util.List;

/**
 * What storing one described chapter did: the ids of the records, whether anything
 * changed, how the chapter's book was found, and the ids of the publications that turned
 * out to be that book and were merged into it.
 */
public record StoreOutcome(String chapterId, String bookId, Change change, BookMatch bookMatch,
		List<String> mergedBookIds) {

	public StoreOutcome {
		mergedBookIds = List.copyOf(mergedBookIds);
	}

	public StoreOutcome(String chapterId, String bookId, Change change) {
		this(chapterId, bookId, change, BookMatch.DESCRIBED, List.of());
	}

	/** How the catalogue changed. */
	public enum Change {

		CREATED, UPDATED, UNCHANGED

	}

	/** How the chapter's book was found. */
	public enum BookMatch {

		/** By the book details given with the chapter. */
		DESCRIBED,
		/** The details named no book but carried the DOI or an ISBN of a known one. */
		BY_IDENTIFIER,
		/** The details named no book; its contents list named a book's known chapters. */
		BY_CONTENTS,
		/**
		 * The details named no book and none could be found: the chapter is kept under a
		 * publication whose details are incomplete.
		 */
		DETAILS_INCOMPLETE,
		/**
		 * The details named no book; the chapter stays in the book it was merged into.
		 */
		KEPT

	}

}
