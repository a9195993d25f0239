package org.colophon.catalogue;

/**
 * The descriptive fields of a publication as a landing page prints them.
 */
public record BookDetails(String title, String subtitle, String publisher, Integer printPublicationYear) {

	/**
	 * The title followed by the subtitle, as citations print a book's full title.
	 */
	public String fullTitle() {
		return (this.subtitle == null) ? this.title : this.title + ": " + this.subtitle;
	}

}
