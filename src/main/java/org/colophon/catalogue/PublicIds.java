package org.colophon.catalogue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

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

	/**
	 * The id of the publication that stands for a book a capture did not name: the
	 * captures that print the same publisher, year and contents list share it; without a
	 * contents list, each capture has its own.
	 */
	static String forUnnamedBook(BookDetails book, List<String> contents, String sourceKey) {
		String listed = contents.isEmpty() ? "source\n" + sourceKey
				: contents.stream().map(PublicIds::normalise).collect(Collectors.joining("\n"));
		String key = String.join("\n", normalise(book.publisher()), Objects.toString(book.printPublicationYear(), ""),
				listed);
		return digest("unnamed book\n" + key);
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
