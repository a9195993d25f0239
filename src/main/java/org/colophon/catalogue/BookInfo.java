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

	public String slug() {
		return Slugs.of(this.details.title());
	}

}
