package org.colophon.catalogue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything a capture or a publisher's record says about a chapter, as one value, so
 * that a re-import can replace it whole. The DOI is kept normalised (see {@link Doi}) or
 * {@code null} when unknown.
 */
public record ChapterDetails(String label, String title, String part, String notice, List<Contributor> contributors,
		LocalDate onlinePublicationDate, String summaryHeading, List<String> summary, String type, String firstPage,
		String lastPage, boolean accessRequired, String accessNote, List<String> references, Instant capturedAt,
		String doi) {

	/**
	 * @throws IllegalArgumentException without a title, or with a DOI that is not one
	 */
	public ChapterDetails {
		if (title == null || title.isBlank()) {
			throw new IllegalArgumentException("A chapter needs a title");
		}
		contributors = List.copyOf(contributors);
		summary = List.copyOf(summary);
		references = List.copyOf(references);
		doi = Doi.normalise(doi);
	}

	/** A chapter whose DOI is not known. */
	public ChapterDetails(String label, String title, String part, String notice, List<Contributor> contributors,
			LocalDate onlinePublicationDate, String summaryHeading, List<String> summary, String type, String firstPage,
			String lastPage, boolean accessRequired, String accessNote, List<String> references, Instant capturedAt) {
		this(label, title, part, notice, contributors, onlinePublicationDate, summaryHeading, summary, type, firstPage,
				lastPage, accessRequired, accessNote, references, capturedAt, null);
	}

	/**
	 * These details with the DOI of {@code known} when they have none: a source that does
	 * not print the DOI does not take it away.
	 */
	ChapterDetails withDoiFrom(ChapterDetails known) {
		if (this.doi != null || known.doi() == null) {
			return this;
		}
		return new ChapterDetails(this.label, this.title, this.part, this.notice, this.contributors,
				this.onlinePublicationDate, this.summaryHeading, this.summary, this.type, this.firstPage, this.lastPage,
				this.accessRequired, this.accessNote, this.references, this.capturedAt, known.doi());
	}

}
