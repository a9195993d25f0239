package org.colophon.catalogue;

import java.time.Instant;
import java.util.List;

/**
 * A publication as read by the other modules, detached from the persistence context.
 */
public record BookInfo(String id, BookDetails details, List<String> contents, Instant updatedAt) {

	static BookInfo of(Book book) {
		return new BookInfo(book.getPublicId(), book.details(), book.getContents(), book.getUpdatedAt());
	}

	public String title() {
		return this.details.title();
	}

	public String subtitle() {
		return this.details.subtitle();
	}

	public String publisher() {
		return this.details.publisher();
	}

	public Integer printPublicationYear() {
		return this.details.printPublicationYear();
	}

	/**
	 * Whether the sources did not name this book: it has no title and stands for a book
	 * not yet identified.
	 */
	public boolean detailsIncomplete() {
		return this.details.title() == null;
	}

	/**
	 * The book's DOI, normalised; {@code null} when it has none.
	 */
	public String doi() {
		return this.details.doi();
	}

	/**
	 * The book's DOI as a resolver link, {@code null} when it has none.
	 */
	public String doiUrl() {
		return Doi.url(this.details.doi());
	}

	/**
	 * The ISBN-13 of the print edition, {@code null} when unknown.
	 */
	public String printIsbn() {
		return this.details.printIsbn();
	}

	/**
	 * The ISBN-13 of the online edition, {@code null} when unknown.
	 */
	public String onlineIsbn() {
		return this.details.onlineIsbn();
	}

	public String slug() {
		return Slugs.of(this.details.title());
	}

}
