package org.colophon.catalogue;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads International Standard Book Numbers. The catalogue keeps every ISBN as its 13
 * digits without hyphens; an ISBN-10 is converted to its ISBN-13 ({@code 978} and a new
 * check digit), and a number whose check digit is wrong is not an ISBN.
 */
public final class Isbn {

	private static final Pattern PREFIX = Pattern.compile("^ISBN(?:-1[03])?:?\\s*", Pattern.CASE_INSENSITIVE);

	private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-\u2010\u2011\u2012\u2013]");

	private static final Pattern ISBN_13 = Pattern.compile("^97[89][0-9]{10}$");

	private static final Pattern ISBN_10 = Pattern.compile("^[0-9]{9}[0-9Xx]$");

	private Isbn() {
	}

	/**
	 * The ISBN-13 in this text, empty when the text is not a valid ISBN-13 or ISBN-10.
	 * @param text an ISBN with or without hyphens or spaces, optionally after
	 * {@code ISBN}, {@code ISBN-13:} or {@code ISBN-10:}
	 */
	public static Optional<String> parse(String text) {
		if (text == null || text.length() > 40) {
			return Optional.empty();
		}
		String digits = SEPARATORS.matcher(PREFIX.matcher(text.strip()).replaceFirst("")).replaceAll("");
		if (ISBN_13.matcher(digits).matches()) {
			return (checkDigit13(digits) == digits.charAt(12) - '0') ? Optional.of(digits) : Optional.empty();
		}
		if (ISBN_10.matcher(digits).matches() && isValid10(digits)) {
			String body = "978" + digits.substring(0, 9);
			return Optional.of(body + checkDigit13(body));
		}
		return Optional.empty();
	}

	/**
	 * The ISBN-13, or {@code null} for a blank value.
	 * @throws IllegalArgumentException when the text is not a valid ISBN
	 */
	public static String normalise(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return parse(text).orElseThrow(() -> new IllegalArgumentException("Not an ISBN: " + Doi.abbreviate(text)));
	}

	/** The check digit of the first twelve digits of an ISBN-13. */
	private static int checkDigit13(String digits) {
		int sum = 0;
		for (int i = 0; i < 12; i++) {
			sum += (digits.charAt(i) - '0') * ((i % 2 == 0) ? 1 : 3);
		}
		return (10 - sum % 10) % 10;
	}

	private static boolean isValid10(String digits) {
		int sum = 0;
		for (int i = 0; i < 10; i++) {
			char c = digits.charAt(i);
			int value = (c == 'X' || c == 'x') ? 10 : c - '0';
			sum += value * (10 - i);
		}
		return sum % 11 == 0;
	}

}
