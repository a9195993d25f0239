package org.colophon.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.colophon.catalogue.BookDetails;
import org.colophon.catalogue.ChapterDetails;

/**
 * A chapter capture read into the catalogue's terms: the chapter, its book, and the
 * book's table of contents when the capture listed one. The book's title is {@code null}
 * when the capture did not name the book.
 */
record ParsedCapture(ChapterDetails chapter, BookDetails book, List<String> bookContents) {

	ParsedCapture {
		bookContents = List.copyOf(bookContents);
	}

	/**
	 * Whether the capture names the chapter's book.
	 */
	boolean namesBook() {
		return this.book.title() != null;
	}

	/**
	 * The names of the fields the capture gave, in the order a page shows them.
	 */
	List<String> fieldsFound() {
		return fields(true);
	}

	/**
	 * The names of the fields the capture did not give.
	 */
	List<String> fieldsAbsent() {
		return fields(false);
	}

	private List<String> fields(boolean found) {
		List<String> names = new ArrayList<>();
		presence().forEach((name, present) -> {
			if (present == found) {
				names.add(name);
			}
		});
		return names;
	}

	private Map<String, Boolean> presence() {
		Map<String, Boolean> fields = new LinkedHashMap<>();
		fields.put("label", this.chapter.label() != null);
		fields.put("title", true);
		fields.put("part", this.chapter.part() != null);
		fields.put("notice", this.chapter.notice() != null);
		fields.put("contributors", !this.chapter.contributors().isEmpty());
		fields.put("online publication date", this.chapter.onlinePublicationDate() != null);
		fields.put("summary heading", this.chapter.summaryHeading() != null);
		fields.put("summary", !this.chapter.summary().isEmpty());
		fields.put("type", this.chapter.type() != null);
		fields.put("first page", this.chapter.firstPage() != null);
		fields.put("last page", this.chapter.lastPage() != null);
		fields.put("access note", this.chapter.accessNote() != null);
		fields.put("references", !this.chapter.references().isEmpty());
		fields.put("capture date", this.chapter.capturedAt() != null);
		fields.put("book title", this.book.title() != null);
		fields.put("book subtitle", this.book.subtitle() != null);
		fields.put("publisher", this.book.publisher() != null);
		fields.put("print publication year", this.book.printPublicationYear() != null);
		fields.put("book contents", !this.bookContents.isEmpty());
		return fields;
	}

}
