package org.colophon.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The sample files under {@code samples/} with their DOIs and ISBNs made unique to a
 * test, so that no test finds the book another stored. Both samples describe the same
 * book, so the same key and number give matching identifiers.
 */
final class Samples {

	private Samples() {
	}

	static String crossref(String doiKey, int n) throws IOException {
		return Files.readString(Path.of("samples/crossref-book.xml"))
			.replace("10.5555/RIVERS", "10.5555/" + doiKey)
			.replace("978-0-521-45059-1", isbn(n, 1))
			.replace("9780511558214", isbn(n, 2));
	}

	static String onix(String doiKey, int n) throws IOException {
		return Files.readString(Path.of("samples/onix-book.xml"))
			.replace("10.5555/RIVERS", "10.5555/" + doiKey)
			.replace("9780521450591", isbn(n, 1))
			.replace("9780511558214", isbn(n, 2));
	}

	/** A valid ISBN-13 with the 979 prefix, unique to {@code n} and the edition. */
	static String isbn(int n, int edition) {
		String body = String.format("979%07d%02d", n, edition);
		int sum = 0;
		for (int i = 0; i < 12; i++) {
			sum += (body.charAt(i) - '0') * ((i % 2 == 0) ? 1 : 3);
		}
		return body + (10 - sum % 10) % 10;
	}

}
