package org.colophon.catalogue;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The key under which a chapter's title and a table-of-contents entry meet: the title
 * without its label, spacing or case, short enough to index.
 */
final class TitleKeys {

	static final int LENGTH = 255;

	/**
	 * A leading chapter label in a contents entry: {@code 7 }, {@code 7 - },
	 * {@code XII - }.
	 */
	private static final Pattern ENTRY_LABEL = Pattern
		.compile("^(?:\\d{1,4}[A-Za-z]?\\s+(?:[-\u2013\u2014]\\s+)?|[IVXLC]{1,6}\\s+[-\u2013\u2014]\\s+)");

	private TitleKeys() {
	}

	static String forTitle(String title) {
		if (title == null) {
			return null;
		}
		String key = title.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
		if (key.isEmpty()) {
			return null;
		}
		return (key.length() <= LENGTH) ? key : key.substring(0, LENGTH);
	}

	static String forContentsEntry(String entry) {
		return (entry == null) ? null : forTitle(ENTRY_LABEL.matcher(entry.strip()).replaceFirst(""));
	}

}
