package org.colophon.web;

import org.colophon.catalogue.ChapterHeading;
import org.colophon.links.Links;

/**
 * One line of a table of contents: a chapter with its link and pages.
 */
record ContentsEntryView(String id, String url, String label, String title, String firstPage, String lastPage) {

	static ContentsEntryView of(ChapterHeading heading) {
		return new ContentsEntryView(heading.id(), Links.chapter(heading), heading.label(), heading.title(),
				heading.firstPage(), heading.lastPage());
	}

}
