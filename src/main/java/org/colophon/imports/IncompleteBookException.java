package org.colophon.imports;

/**
 * A book that lacks what a Crossref deposit needs: a publisher and a publication year.
 */
class IncompleteBookException extends RuntimeException {

	IncompleteBookException(String bookId) {
		super("The book " + bookId + " has no publisher or no publication year, which a Crossref deposit needs");
	}

}
