package org.colophon.catalogue;

/**
 * The descriptive fields of a publication as a landing page prints them; the title is
 * {@code null} when the page did not name the book.
 */
public record BookDetails(String title, String subtitle, String publisher, Integer printPublicationYear) {

	/**
	 * The title followed by the subtitle, as citations print a book's full title;
	 * {@code null} when the title is not known.
	 */
	public String fullTitle() {
		return (this.subtitle == null) ? this.title : this.title + ": " + this.subtitle;
	}

}
