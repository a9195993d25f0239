package org.colophon.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a reader typed, made safe to search for: control characters dropped, cut to the
 * longest query and the most words searched for (each cut noted for the reader), and
 * whether any word is left at all. The syntax that remains (quotes for phrases, {@code -}
 * to exclude, {@code |} for either, {@code *} at a word's end) goes to a lenient parser
 * that reads anything, unbalanced quotes included, without failing.
 */
record QueryText(String text, List<String> notices) {

	static final String NOTICE_EMPTY = "search.notice.empty";

	static final String NOTICE_NO_WORDS = "search.notice.noWords";

	static final String NOTICE_SHORTENED = "search.notice.shortened";

	static final String NOTICE_TOO_MANY_WORDS = "search.notice.tooManyWords";

	static QueryText of(String typed, int maxLength, int maxWords) {
		List<String> notices = new ArrayList<>();
		String text = (typed != null) ? typed.replaceAll("[\\p{Cntrl}\\uE000\\uE001]", " ").strip() : "";
		// The operators readers know from other catalogues, in the parser's own syntax.
		text = text.replaceAll("\\bOR\\b", "|").replaceAll("\\bAND\\b", "+").replaceAll("\\bNOT\\s+", "-");
		if (text.length() > maxLength) {
			text = text.substring(0, maxLength).strip();
			notices.add(NOTICE_SHORTENED);
		}
		String[] words = text.split("\\s+");
		if (words.length > maxWords) {
			text = String.join(" ", Arrays.copyOf(words, maxWords));
			notices.add(NOTICE_TOO_MANY_WORDS);
		}
		if (text.isEmpty()) {
			notices.add(NOTICE_EMPTY);
		}
		else if (!hasWord(text)) {
			notices.add(NOTICE_NO_WORDS);
		}
		return new QueryText(text, List.copyOf(notices));
	}

	/** Whether there is anything to search for: a letter or a digit. */
	boolean searchable() {
		return hasWord(this.text);
	}

	/** The words alone, without syntax, for matching a whole title or a phrase. */
	String words() {
		return this.text.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
	}

	private static boolean hasWord(String text) {
		return text.codePoints().anyMatch(Character::isLetterOrDigit);
	}

}
