package org.colophon.catalogue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * Derives the public ids used in URLs from natural keys, so that the same book or capture
 * gets the same id on every import, on every machine.
 */
final class PublicIds {

	private static final int LENGTH = 16;

	private PublicIds() {
	}

	static String forSource(String sourceKey) {
		return digest("chapter\n" + sourceKey);
	}

	static String forBook(BookDetails book) {
		String key = String.join("\n", normalise(book.title()), normalise(book.subtitle()), normalise(book.publisher()),
				Objects.toString(book.printPublicationYear(), ""));
		return digest("book\n" + key);
	}

	/** The id of a book told apart from a namesake by its DOI. */
	static String forBookDoi(String doi) {
		return digest("book-doi\n" + doi);
	}

	private static String normalise(String value) {
		return (value == null) ? "" : value.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	private static String digest(String key) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash).substring(0, LENGTH);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required by every Java platform", ex);
		}
	}

}
