package org.colophon.citation;

import org.colophon.catalogue.BookInfo;
import org.colophon.catalogue.ChapterInfo;

/**
 * The addresses of landing pages and of what describes them, for links that machines
 * follow.
 */
public final class CitationLinks {

	private CitationLinks() {
	}

	/** The canonical path of a chapter's landing page. */
	public static String chapter(String id, String slug) {
		return "/chapters/" + id + "/" + slug;
	}

	/** The canonical path of a book's page. */
	public static String book(String id, String slug) {
		return "/books/" + id + "/" + slug;
	}

	/**
	 * The path of the download of a chapter in an export format, e.g.
	 * {@code .../cite.ris}.
	 */
	public static String export(ChapterInfo chapter, ExportFormat format) {
		return chapter(chapter.id(), chapter.slug()) + "/cite." + format.extension();
	}

	/** The path of the plain citation page of a chapter. */
	public static String citePage(ChapterInfo chapter) {
		return chapter(chapter.id(), chapter.slug()) + "/cite";
	}

	/** The path of a chapter's signposting linkset. */
	public static String linkset(ChapterInfo chapter) {
		return "/chapters/" + chapter.id() + "/linkset";
	}

	static String chapter(ChapterInfo chapter) {
		return chapter(chapter.id(), chapter.slug());
	}

	static String book(BookInfo book) {
		return book(book.id(), book.slug());
	}

}
