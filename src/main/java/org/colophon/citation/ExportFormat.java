package org.colophon.citation;

/**
 * The machine-readable descriptions of a chapter that can be downloaded or negotiated.
 */
public enum ExportFormat {

	RIS("application/x-research-info-systems", "ris"),

	BIBTEX("application/x-bibtex", "bib"),

	CSL_JSON("application/vnd.citationstyles.csl+json", "json"),

	JSON_LD("application/ld+json", "jsonld");

	private final String mediaType;

	private final String extension;

	ExportFormat(String mediaType, String extension) {
		this.mediaType = mediaType;
		this.extension = extension;
	}

	public String mediaType() {
		return this.mediaType;
	}

	public String extension() {
		return this.extension;
	}

}
