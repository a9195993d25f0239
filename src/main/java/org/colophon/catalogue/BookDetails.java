package org.colophon.catalogue;

/**
 * The descriptive fields of a publication as a landing page or a publisher's record
 * prints them, with its identifiers: the book's DOI and its print and online ISBNs, kept
 * normalised (see {@link Doi} and {@link Isbn}) or {@code null} when unknown. The title
 * is {@code null} when the source did not name the book.
 */
public record BookDetails(String title, String subtitle, String publisher, Integer printPublicationYear, String doi,
		String printIsbn, String onlineIsbn) {

	/**
	 * @throws IllegalArgumentException when an identifier is given but not valid
	 */
	public BookDetails {
		doi = Doi.normalise(doi);
		printIsbn = Isbn.normalise(printIsbn);
		onlineIsbn = Isbn.normalise(onlineIsbn);
	}

	/** A publication whose identifiers are not known. */
	public BookDetails(String title, String subtitle, String publisher, Integer printPublicationYear) {
		this(title, subtitle, publisher, printPublicationYear, null, null, null);
	}

	/**
	 * The title followed by the subtitle, as citations print a book's full title;
	 * {@code null} when the title is not known.
	 */
	public String fullTitle() {
		return (this.title == null || this.subtitle == null) ? this.title : this.title + ": " + this.subtitle;
	}

	/**
	 * These details, with the identifiers they lack taken from {@code known}: a source
	 * that does not print an identifier does not take it away.
	 */
	BookDetails withIdentifiersFrom(BookDetails known) {
		return new BookDetails(this.title, this.subtitle, this.publisher, this.printPublicationYear,
				(this.doi != null) ? this.doi : known.doi(),
				(this.printIsbn != null) ? this.printIsbn : known.printIsbn(),
				(this.onlineIsbn != null) ? this.onlineIsbn : known.onlineIsbn());
	}

}
