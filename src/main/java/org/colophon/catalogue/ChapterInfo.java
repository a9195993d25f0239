package org.colophon.catalogue;

import java.time.Instant;

/**
 * A chapter as read by the other modules: its description, its book and when it last
 * changed.
 */
public record ChapterInfo(String id, ChapterDetails details, BookInfo book, Instant updatedAt) {

	static ChapterInfo of(Chapter chapter) {
		ChapterDetails details = new ChapterDetails(chapter.getLabel(), chapter.getTitle(), chapter.getPart(),
				chapter.getNotice(), chapter.getContributors(), chapter.getOnlinePublicationDate(),
				chapter.getSummaryHeading(), chapter.getSummary(), chapter.getType(), chapter.getFirstPage(),
				chapter.getLastPage(), chapter.isAccessRequired(), chapter.getAccessNote(), chapter.getReferences(),
				chapter.getCapturedAt());
		return new ChapterInfo(chapter.getPublicId(), details, BookInfo.of(chapter.getBook()), chapter.getUpdatedAt());
	}

	public String title() {
		return this.details.title();
	}

	public String slug() {
		return Slugs.of(this.details.title());
	}

}
