package org.colophon.content;

import java.util.Locale;
import java.util.Optional;

/**
 * The full-text formats a chapter can have, with their media types and file extensions.
 */
public enum ContentFormat {

	PDF("application/pdf", "pdf"), HTML("text/html;charset=UTF-8", "html");

	private final String mediaType;

	private final String extension;

	ContentFormat(String mediaType, String extension) {
		this.mediaType = mediaType;
		this.extension = extension;
	}

	public String mediaType() {
		return this.mediaType;
	}

	public String extension() {
		return this.extension;
	}

	/**
	 * The format a file extension or URL segment names, if any.
	 */
	public static Optional<ContentFormat> fromExtension(String extension) {
		for (ContentFormat format : values()) {
			if (format.extension.equals(extension.toLowerCase(Locale.ROOT))) {
				return Optional.of(format);
			}
		}
		return Optional.empty();
	}

}
