package org.colophon.search;

import java.time.LocalDate;
import java.util.List;

import org.colophon.catalogue.BookDetails;
import org.colophon.catalogue.BookInfo;
import org.colophon.catalogue.ChapterHeading;

/**
 * A chapter found, with the fields a result shows: the title with its matches, a snippet
 * of the summary (or of the title when the summary did not match), and its book.
 */
public record SearchHit(String id, String label, String title, Snippet titleSnippet, Snippet summarySnippet,
		String part, List<String> contributors, String type, LocalDate published, String accessModel, String bookId,
		String bookTitle, String publisher, Integer year) {

	public SearchHit {
		contributors = List.copyOf(contributors);
	}

	/** The chapter as the catalogue's links know it. */
	public ChapterHeading heading() {
		return new ChapterHeading(this.id, this.bookId, this.label, this.title, null, null, null);
	}

	/** The book as the catalogue's links know it. */
	public BookInfo book() {
		return new BookInfo(this.bookId, new BookDetails(this.bookTitle, null, this.publisher, this.year), List.of(),
				null);
	}

}
