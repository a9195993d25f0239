package org.colophon.catalogue;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Turns titles into the readable part of a clean URL.
 */
final class Slugs {

	private static final int MAX_LENGTH = 80;

	private Slugs() {
	}

	public static String of(String title) {
		if (title == null) {
			return "untitled";
		}
		String ascii = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (slug.length() > MAX_LENGTH) {
			slug = slug.substring(0, MAX_LENGTH).replaceAll("-[^-]*$", "");
		}
		return slug.isEmpty() ? "untitled" : slug;
	}

}
