package org.colophon.catalogue;

import java.util.List;

import org.colophon.catalogue.StoreOutcome.Change;

/**
 * What storing a book with its chapters did: the book's id, whether the book itself
 * changed, and one outcome per chapter in the order given.
 */
public record BookStoreOutcome(String bookId, Change book, List<StoreOutcome> chapters) {

	public BookStoreOutcome {
		chapters = List.copyOf(chapters);
	}

}
