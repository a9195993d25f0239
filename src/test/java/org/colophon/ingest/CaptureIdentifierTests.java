package org.colophon.ingest;

import org.colophon.catalogue.BookDetails;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The identifier lines a capture may hold: the chapter's {@code DOI:} and the book's
 * {@code Print ISBN:} and {@code Online ISBN:}.
 */
class CaptureIdentifierTests {

	private final CaptureParser parser = new CaptureParser();

	@Test
	void readsTheDoiLineAboveTheSummary() {
		ParseResult result = this.parser.parse(capture("DOI: https://doi.org/10.1017/CBO9780511558214.009", ""));

		assertThat(result.problems()).isEmpty();
		assertThat(result.capture().chapter().doi()).isEqualTo("10.1017/cbo9780511558214.009");
		assertThat(result.capture().book().doi()).isNull();
	}

	@Test
	void readsIdentifiersInTheMetadataBlock() {
		ParseResult result = this.parser.parse(capture("",
				"DOI: 10.1017/CBO9780511558214.009\nPrint ISBN: 0-521-45059-4\nOnline ISBN: 978-0-511-55821-4\n"));

		assertThat(result.problems()).isEmpty();
		assertThat(result.capture().chapter().doi()).isEqualTo("10.1017/cbo9780511558214.009");
		assertThat(result.capture().book())
			.isEqualTo(new BookDetails("Book", null, "P", 2000, null, "9780521450591", "9780511558214"));
	}

	@Test
	void reportsAnUnreadableIdentifierWithItsLineAndKeepsNone() {
		ParseResult result = this.parser.parse(capture("DOI: 10.12/short", "Print ISBN: 9780521450592\n"));

		assertThat(result.problems()).containsExactly(new Problem(3, "unreadable DOI '10.12/short'"),
				new Problem(17, "unreadable ISBN '9780521450592'"));
		assertThat(result.capture().chapter().doi()).isNull();
		assertThat(result.capture().book().printIsbn()).isNull();
	}

	@Test
	void aCaptureWithoutIdentifierLinesHasNone() {
		ParseResult result = this.parser.parse(capture("", ""));

		assertThat(result.capture().chapter().doi()).isNull();
		assertThat(result.capture().book()).isEqualTo(new BookDetails("Book", null, "P", 2000));
	}

	private static String capture(String headerLine, String metadataLines) {
		return "3 - Title\n\n" + headerLine + "\nPublished online by Cambridge University Press: 07 December 2009\n"
				+ "\nSummary\n\nText.\n\nType\nChapter\nInformation\nBook\n, pp. 1 - 2\n"
				+ "Publisher: P\nPrint publication year: 2000\n" + metadataLines;
	}

}
