package org.colophon.ingest;

import java.util.List;

/**
 * What one capture file gave: its status, the reason when it was not loaded, the ids of
 * the records it wrote, the full-text formats attached from files beside it, and the
 * parser's problems.
 */
record IngestReport(String file, Status status, String reason, String chapterId, String publicationId,
		List<String> contentFormats, List<Problem> problems) {

	public IngestReport {
		contentFormats = List.copyOf(contentFormats);
		problems = List.copyOf(problems);
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
