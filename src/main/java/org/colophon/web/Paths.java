package org.colophon.web;

import org.colophon.catalogue.BookInfo;
import org.colophon.catalogue.ChapterHeading;
import org.colophon.catalogue.ChapterInfo;

/**
 * The canonical paths of the pages, in one place so that pages, redirects and the API
 * agree.
 */
final class Paths {

	private Paths() {
	}

	static String chapter(ChapterInfo chapter) {
		return chapter(chapter.id(), chapter.slug());
	}

	static String chapter(ChapterHeading chapter) {
		return chapter(chapter.id(), chapter.slug());
	}

	static String chapter(String id, String slug) {
		return "/chapters/" + id + "/" + slug;
	}

	static String book(BookInfo book) {
		return "/books/" + book.id() + "/" + book.slug();
	}

}
