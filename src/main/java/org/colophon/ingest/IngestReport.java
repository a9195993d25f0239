package org.colophon.ingest;

import java.util.List;

/**
 * What one capture file gave: its status, the reason when it was not loaded, the ids of
 * the records it wrote, which fields the capture gave and which it lacked, how the book
 * was found when the capture did not name it ({@code bookNote}), the publications merged
 * into that book, the full-text formats attached from files beside it, the parser's
 * problems, and whether the file was read at all ({@code read} is false when its size and
 * modification time showed it unchanged since it was stored).
 */
record IngestReport(String file, Status status, String reason, String chapterId, String publicationId,
		List<String> fieldsFound, List<String> fieldsAbsent, String bookNote, List<String> mergedPublicationIds,
		List<String> contentFormats, List<Problem> problems, boolean read) {

	/** The note for a chapter whose capture names no book. */
	static final String BOOK_DETAILS_NOT_IN_SOURCE = "book details not in the source";

	public IngestReport {
		fieldsFound = List.copyOf(fieldsFound);
		fieldsAbsent = List.copyOf(fieldsAbsent);
		mergedPublicationIds = List.copyOf(mergedPublicationIds);
		contentFormats = List.copyOf(contentFormats);
		problems = List.copyOf(problems);
	}

	static IngestReport notLoaded(String file, Status status, String reason, List<Problem> problems) {
		return new IngestReport(file, status, reason, null, null, List.of(), List.of(), null, List.of(), List.of(),
				problems, true);
	}

	IngestReport withContent(List<String> formats, List<Problem> allProblems) {
		return new IngestReport(this.file, this.status, this.reason, this.chapterId, this.publicationId,
				this.fieldsFound, this.fieldsAbsent, this.bookNote, this.mergedPublicationIds, formats, allProblems,
				this.read);
	}

	/** The outcome for one file. */
	public enum Status {

		/** New records were written. */
		CREATED,
		/** Existing records were revised from a changed file. */
		UPDATED,
		/** The file is the one already loaded; nothing changed. */
		UNCHANGED,
		/** The file is readable but is not a chapter page. */
		SKIPPED,
		/** The file could not be read or stored; nothing of it was kept. */
		FAILED

	}

}
