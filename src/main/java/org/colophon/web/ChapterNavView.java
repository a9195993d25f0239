package org.colophon.web;

import java.util.List;

import org.colophon.catalogue.BookWithChapters;
import org.colophon.catalogue.ChapterHeading;
import org.colophon.catalogue.ChapterInfo;
import org.colophon.links.Links;

/**
 * Where a chapter stands in its book: the breadcrumb trail (catalogue, book, part,
 * chapter) and the chapters before and after it in reading order.
 */
record ChapterNavView(String bookTitle, String bookUrl, String part, String chapterUrl, ContentsEntryView previous,
		ContentsEntryView next) {

	static ChapterNavView of(ChapterInfo chapter, BookWithChapters book) {
		List<ChapterHeading> headings = book.chapters();
		int at = -1;
		for (int i = 0; i < headings.size(); i++) {
			if (headings.get(i).id().equals(chapter.id())) {
				at = i;
			}
		}
		ContentsEntryView previous = (at > 0) ? ContentsEntryView.of(headings.get(at - 1)) : null;
		ContentsEntryView next = (at >= 0 && at < headings.size() - 1) ? ContentsEntryView.of(headings.get(at + 1))
				: null;
		return new ChapterNavView(book.book().title(), Links.book(book.book()), chapter.details().part(),
				Links.chapter(chapter), previous, next);
	}

}
