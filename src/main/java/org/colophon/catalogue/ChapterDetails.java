package org.colophon.catalogue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything a capture says about a chapter, as one value, so that a re-import can
 * replace it whole.
 */
public record ChapterDetails(String label, String title, String part, String notice, List<Contributor> contributors,
		LocalDate onlinePublicationDate, String summaryHeading, List<String> summary, String type, String firstPage,
		String lastPage, boolean accessRequired, String accessNote, List<String> references, Instant capturedAt) {

	public ChapterDetails {
		if (title == null || title.isBlank()) {
			throw new IllegalArgumentException("A chapter needs a title");
		}
		contributors = List.copyOf(contributors);
		summary = List.copyOf(summary);
		references = List.copyOf(references);
	}

}
