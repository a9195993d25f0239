package org.colophon.catalogue;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads and writes Digital Object Identifiers. A DOI is {@code 10.<registrant>/<suffix>}
 * and compares without regard to case, so the catalogue keeps it in lower case, without
 * the {@code doi:} or resolver prefix it is often written with.
 */
public final class Doi {

	/** The resolver a DOI's link points at. */
	public static final String RESOLVER = "https://doi.org/";

	/** The longest DOI the catalogue keeps (Crossref's own limit is 2048 characters). */
	static final int MAX_LENGTH = 300;

	private static final Pattern PREFIXES = Pattern.compile("^(?:doi:\\s*|https?://(?:dx\\.)?doi\\.org/|info:doi/)",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern SYNTAX = Pattern.compile("^10\\.[0-9]{4,9}(?:\\.[0-9]+)*/\\S+$");

	private Doi() {
	}

	/**
	 * The DOI in this text, normalised; empty when the text is not a DOI.
	 * @param text a DOI as publishers write it: {@code 10.1017/CBO9780511558214.009},
	 * {@code doi:10.1017/…} or {@code https://doi.org/10.1017/…}
	 */
	public static Optional<String> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String doi = PREFIXES.matcher(text.strip()).replaceFirst("").strip();
		if (doi.length() > MAX_LENGTH || !SYNTAX.matcher(doi).matches()) {
			return Optional.empty();
		}
		return Optional.of(doi.toLowerCase(Locale.ROOT));
	}

	/**
	 * The normalised DOI, or {@code null} for a blank value.
	 * @throws IllegalArgumentException when the text is not a DOI
	 */
	public static String normalise(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return parse(text).orElseThrow(() -> new IllegalArgumentException("Not a DOI: " + abbreviate(text)));
	}

	/**
	 * The DOI's address at the resolver, with the characters a URL cannot carry
	 * percent-encoded; {@code null} for {@code null}.
	 */
	public static String url(String doi) {
		if (doi == null) {
			return null;
		}
		StringBuilder url = new StringBuilder(RESOLVER);
		for (byte b : doi.getBytes(StandardCharsets.UTF_8)) {
			char c = (char) (b & 0xff);
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
					|| "-._~!$&'()*+,;=:@/".indexOf(c) >= 0) {
				url.append(c);
			}
			else {
				url.append('%').append(String.format("%02X", b & 0xff));
			}
		}
		return url.toString();
	}

	static String abbreviate(String text) {
		return (text.length() <= 60) ? text : text.substring(0, 57) + "...";
	}

}
