package org.colophon.browser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import nu.validator.client.EmbeddedValidator;
import org.xml.sax.SAXException;

/**
 * The Nu HTML Checker run in process, so that CI needs neither npm nor a network to check
 * the pages.
 */
final class NuHtmlChecker {

	private NuHtmlChecker() {
	}

	/**
	 * Checks a whole HTML document.
	 * @return the checker's error messages, one per line, empty when the document is
	 * valid
	 */
	static List<String> errors(String html) {
		EmbeddedValidator validator = new EmbeddedValidator();
		validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
		// Language detection guesses from prose and would flag the seed's excerpts, not
		// our markup.
		validator.setNoLangDetect(true);
		try {
			String report = validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
			return report.lines().filter(NuHtmlChecker::isError).toList();
		}
		catch (IOException | SAXException ex) {
			throw new IllegalStateException("The HTML checker could not run", ex);
		}
	}

	private static boolean isError(String line) {
		return line.contains(": error:") || line.contains(": fatal:") || line.contains("non-document-error");
	}

}
