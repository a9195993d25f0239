package org.colophon.catalogue;

/**
 * The few fields a table of contents shows for a chapter.
 */
public record ChapterHeading(String id, String bookId, String label, String title, String firstPage, String lastPage) {

	public String slug() {
		return Slugs.of(this.title);
	}

}
