package org.colophon.catalogue;

/**
 * What storing one described chapter did: the ids of the records and whether anything
 * changed.
 */
public record StoreOutcome(String chapterId, String bookId, Change change) {

	/** How the catalogue changed. */
	public enum Change {

		CREATED, UPDATED, UNCHANGED

	}

}
