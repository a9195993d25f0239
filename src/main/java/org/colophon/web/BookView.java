package org.colophon.web;

import java.util.List;

import org.colophon.catalogue.BookInfo;
import org.colophon.catalogue.ChapterHeading;
import org.colophon.links.Links;

/**
 * A book as its page and the catalogue listing show it; {@code detailsIncomplete} when
 * its sources did not name it (it then has no title).
 */
record BookView(String id, String url, String title, String subtitle, String publisher, Integer printPublicationYear,
		boolean detailsIncomplete, String doi, String doiUrl, String printIsbn, String onlineIsbn,
		List<ContentsEntryView> chapters, List<String> capturedContents) {

	static BookView of(BookInfo book, List<ChapterHeading> chapters) {
		return new BookView(book.id(), Links.book(book), book.title(), book.subtitle(), book.publisher(),
				book.printPublicationYear(), book.detailsIncomplete(), book.doi(), book.doiUrl(), book.printIsbn(),
				book.onlineIsbn(), chapters.stream().map(ContentsEntryView::of).toList(), book.contents());
	}

}
