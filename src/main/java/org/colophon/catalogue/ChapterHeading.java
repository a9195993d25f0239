package org.colophon.catalogue;

import java.time.Instant;

/**
 * The few fields a list of chapters needs (a book's table of contents, the site map): no
 * summary, contributors or references, so that it is read by one constructor query.
 */
public record ChapterHeading(String id, String bookId, String label, String title, String firstPage, String lastPage,
		Instant updatedAt) {

	public String slug() {
		return Slugs.of(this.title);
	}

}
