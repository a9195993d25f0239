package org.colophon.catalogue;

import java.time.Instant;

/**
 * The least a site map needs of a chapter: its id, its title for the slug, and when it
 * last changed.
 */
public record ChapterStamp(String id, String title, Instant updatedAt) {

	public String slug() {
		return Slugs.of(this.title);
	}

}
