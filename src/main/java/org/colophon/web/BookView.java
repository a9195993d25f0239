package org.colophon.web;

import java.util.List;

import org.colophon.catalogue.ChapterHeading;
import org.colophon.catalogue.PublicationInfo;

/**
 * A book as its page and the catalogue listing show it.
 */
record BookView(String id, String url, String title, String subtitle, String publisher, Integer printPublicationYear,
		List<ContentsEntryView> chapters, List<String> capturedContents) {

	static BookView of(PublicationInfo publication, List<ChapterHeading> chapters) {
		return new BookView(publication.id(), Paths.book(publication), publication.title(), publication.subtitle(),
				publication.publisher(), publication.printPublicationYear(),
				chapters.stream().map(ContentsEntryView::of).toList(), publication.contents());
	}

}
