package org.colophon.catalogue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * DOIs and ISBNs as publishers write them, read into the one form the catalogue keeps.
 */
class IdentifiersTests {

	@ParameterizedTest
	@ValueSource(strings = { "10.1017/CBO9780511558214.009", "doi:10.1017/cbo9780511558214.009",
			"DOI: 10.1017/CBO9780511558214.009", "https://doi.org/10.1017/CBO9780511558214.009",
			"http://dx.doi.org/10.1017/CBO9780511558214.009", "  10.1017/CBO9780511558214.009 " })
	void readsADoiInEveryUsualFormCaseInsensitively(String text) {
		assertThat(Doi.parse(text)).contains("10.1017/cbo9780511558214.009");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "10.1017", "10.12/abc", "11.1017/abc", "10.1017/", "10.1017/has space",
			"https://example.org/10.1017/abc", "not a doi" })
	void refusesWhatIsNotADoi(String text) {
		assertThat(Doi.parse(text)).isEmpty();
	}

	@Test
	void keepsSubdividedRegistrantsAndOddSuffixes() {
		assertThat(Doi.parse("10.1000.10/ABC<1>#2")).contains("10.1000.10/abc<1>#2");
	}

	@Test
	void normaliseRefusesABadDoiAndPassesBlankAsNull() {
		assertThat(Doi.normalise(" ")).isNull();
		assertThat(Doi.normalise(null)).isNull();
		assertThatIllegalArgumentException().isThrownBy(() -> Doi.normalise("10.1/x")).withMessageContaining("DOI");
	}

	@Test
	void doiLinkEncodesWhatAUrlCannotCarry() {
		assertThat(Doi.url("10.1017/cbo9780511558214.009")).isEqualTo("https://doi.org/10.1017/cbo9780511558214.009");
		assertThat(Doi.url("10.1000.10/abc<1>#2?x\"")).isEqualTo("https://doi.org/10.1000.10/abc%3C1%3E%232%3Fx%22");
		assertThat(Doi.url("10.1000/caf\u00e9")).isEqualTo("https://doi.org/10.1000/caf%C3%A9");
		assertThat(Doi.url(null)).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "9780521450591", "978-0-521-45059-1", "978 0 521 45059 1", "ISBN 978-0-521-45059-1",
			"ISBN-13: 9780521450591", "0-521-45059-4", "0521450594", "ISBN-10: 0 521 45059 4" })
	void readsIsbn13AndConvertsIsbn10(String text) {
		assertThat(Isbn.parse(text)).contains("9780521450591");
	}

	@Test
	void convertsAnIsbn10WhoseCheckDigitIsX() {
		assertThat(Isbn.parse("0-8044-2957-X")).contains("9780804429573");
		assertThat(Isbn.parse("080442957x")).contains("9780804429573");
	}

	@ParameterizedTest
	@ValueSource(strings = { "9780521450592", "0521450593", "1234567890123", "978052145059", "97805214505911",
			"X521450593", "978-0-521-45059-X", "", "ISBN" })
	void refusesAWrongCheckDigitOrLength(String text) {
		assertThat(Isbn.parse(text)).isEmpty();
	}

	@Test
	void keeps979Isbns() {
		assertThat(Isbn.parse("979-10-90636-07-1")).contains("9791090636071");
	}

	@Test
	void bookDetailsNormaliseAndRefuseBadIdentifiers() {
		BookDetails details = new BookDetails("T", null, "P", 2000, "https://doi.org/10.5555/BOOK", "0-521-45059-4",
				"978-0-511-00000-3");
		assertThat(details.doi()).isEqualTo("10.5555/book");
		assertThat(details.printIsbn()).isEqualTo("9780521450591");
		assertThat(details.onlineIsbn()).isEqualTo("9780511000003");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new BookDetails("T", null, "P", 2000, null, "9780521450592", null))
			.withMessageContaining("ISBN");
	}

	@Test
	void aSourceWithoutIdentifiersKeepsTheKnownOnes() {
		BookDetails known = new BookDetails("T", null, "P", 2000, "10.5555/book", "9780521450591", null);
		BookDetails capture = new BookDetails("T", "New subtitle", "P", 2000, null, null, "9780511000003");
		assertThat(capture.withIdentifiersFrom(known)).isEqualTo(
				new BookDetails("T", "New subtitle", "P", 2000, "10.5555/book", "9780521450591", "9780511000003"));
	}

}
