package org.colophon.imports;

import java.util.List;

import org.colophon.catalogue.BookDetails;
import org.colophon.catalogue.BookProfile;
import org.colophon.catalogue.ChapterSource;

/**
 * One book read from a file, with its chapters, the line its record starts on, and what a
 * trade record adds: the book's contributors and subjects, and its price ({@code null}
 * when the record gives none).
 */
record ImportedBook(int line, BookDetails book, List<ChapterSource> chapters, BookProfile profile,
		ImportedPrice price) {

	ImportedBook {
		chapters = List.copyOf(chapters);
	}

	/** A book whose record gives no profile and no price. */
	ImportedBook(int line, BookDetails book, List<ChapterSource> chapters) {
		this(line, book, chapters, BookProfile.NONE, null);
	}

}
