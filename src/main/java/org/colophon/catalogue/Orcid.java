package org.colophon.catalogue;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads ORCID iDs. An iD is sixteen characters, the last a check digit (ISO 7064 11,2);
 * the catalogue keeps it in the form ORCID asks to be shown,
 * {@code https://orcid.org/0000-0002-1825-0097}.
 */
public final class Orcid {

	/** The address every iD is written under. */
	public static final String PREFIX = "https://orcid.org/";

	private static final Pattern SYNTAX = Pattern.compile(
			"^(?:https?://(?:www\\.)?orcid\\.org/)?(\\d{4})-?(\\d{4})-?(\\d{4})-?(\\d{3}[\\dX])$",
			Pattern.CASE_INSENSITIVE);

	private Orcid() {
	}

	/**
	 * The iD in this text, normalised; empty when the text is not an iD or its check
	 * digit is wrong.
	 * @param text an iD as written: {@code 0000-0002-1825-0097},
	 * {@code https://orcid.org/0000-0002-1825-0097} or {@code 000000021825009x}
	 */
	public static Optional<String> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		Matcher matcher = SYNTAX.matcher(text.strip());
		if (!matcher.matches()) {
			return Optional.empty();
		}
		String last = matcher.group(4).toUpperCase(Locale.ROOT);
		String digits = matcher.group(1) + matcher.group(2) + matcher.group(3) + last;
		if (checkDigit(digits.substring(0, 15)) != digits.charAt(15)) {
			return Optional.empty();
		}
		return Optional.of(PREFIX + matcher.group(1) + "-" + matcher.group(2) + "-" + matcher.group(3) + "-" + last);
	}

	/**
	 * The normalised iD, or {@code null} for a blank value.
	 * @throws IllegalArgumentException when the text is not a valid iD
	 */
	public static String normalise(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return parse(text).orElseThrow(() -> new IllegalArgumentException("Not an ORCID iD: " + Doi.abbreviate(text)));
	}

	/** The iD without its address: {@code 0000-0002-1825-0097}. */
	public static String bare(String orcid) {
		return orcid.substring(PREFIX.length());
	}

	private static char checkDigit(String base) {
		int total = 0;
		for (int i = 0; i < base.length(); i++) {
			total = (total + (base.charAt(i) - '0')) * 2;
		}
		int result = (12 - total % 11) % 11;
		return (result == 10) ? 'X' : (char) ('0' + result);
	}

}
