package org.colophon.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One line of a book's table of contents as a capture printed it, with the key that finds
 * the chapter it names.
 */
@Embeddable
class ContentsEntry {

	@Column(name = "text", nullable = false)
	private String text;

	@Column(name = "title_key")
	private String titleKey;

	protected ContentsEntry() {
	}

	ContentsEntry(String text) {
		this.text = text;
		this.titleKey = TitleKeys.forContentsEntry(text);
	}

	String text() {
		return this.text;
	}

	String titleKey() {
		return this.titleKey;
	}

}
