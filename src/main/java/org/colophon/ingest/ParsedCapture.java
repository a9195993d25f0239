package org.colophon.ingest;

import java.util.List;

import org.colophon.catalogue.BookDetails;
import org.colophon.catalogue.ChapterDetails;

/**
 * A chapter capture read into the catalogue's terms: the chapter, its book, and the
 * book's table of contents when the capture listed one.
 */
record ParsedCapture(ChapterDetails chapter, BookDetails book, List<String> bookContents) {

	ParsedCapture {
		bookContents = List.copyOf(bookContents);
	}

}
