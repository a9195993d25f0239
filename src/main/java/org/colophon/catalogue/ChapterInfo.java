package org.colophon.catalogue;

import java.time.Instant;

/**
 * A chapter as read by the other modules: its description, its book and when it last
 * changed.
 */
public record ChapterInfo(String id, ChapterDetails details, BookInfo book, Instant updatedAt) {

	static ChapterInfo of(Chapter chapter) {
		return new ChapterInfo(chapter.getPublicId(), chapter.details(), BookInfo.of(chapter.getBook()),
				chapter.getUpdatedAt());
	}

	public String title() {
		return this.details.title();
	}

	/**
	 * The chapter's DOI, normalised; {@code null} when it has none.
	 */
	public String doi() {
		return this.details.doi();
	}

	/**
	 * The chapter's DOI as a resolver link, {@code null} when it has none.
	 */
	public String doiUrl() {
		return Doi.url(this.details.doi());
	}

	public String slug() {
		return Slugs.of(this.details.title());
	}

}
