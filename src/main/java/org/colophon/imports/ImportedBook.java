package org.colophon.imports;

import java.util.List;

import org.colophon.catalogue.BookDetails;
import org.colophon.catalogue.ChapterSource;

/**
 * One book read from a file, with its chapters, and the line its record starts on.
 */
record ImportedBook(int line, BookDetails book, List<ChapterSource> chapters) {

	ImportedBook {
		chapters = List.copyOf(chapters);
	}

}
