package org.colophon.catalogue;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * ORCID iDs read in the forms they are written, checked by their check digit and kept in
 * one form.
 */
class OrcidTests {

	@Test
	void readsTheFormsAnIdIsWrittenInAsOne() {
		assertThat(Orcid.parse("0000-0002-1825-0097")).contains("https://orcid.org/0000-0002-1825-0097");
		assertThat(Orcid.parse(" http://orcid.org/0000000218250097 "))
			.contains("https://orcid.org/0000-0002-1825-0097");
		assertThat(Orcid.parse("https://orcid.org/0000-0002-1694-233x"))
			.contains("https://orcid.org/0000-0002-1694-233X");
		assertThat(Orcid.parse("0000-0001-5109-3700")).contains("https://orcid.org/0000-0001-5109-3700");
	}

	@Test
	void refusesAWrongCheckDigitAndWhatIsNoId() {
		assertThat(Orcid.parse("0000-0002-1825-0098")).isEmpty();
		assertThat(Orcid.parse("0000-0002-1694-2330")).isEmpty();
		assertThat(Orcid.parse("0000-0002-1825-009")).isEmpty();
		assertThat(Orcid.parse("https://example.org/0000-0002-1825-0097")).isEmpty();
		assertThat(Orcid.parse(null)).isEmpty();
	}

	@Test
	void aContributorNeverHoldsAnInvalidId() {
		assertThat(new Contributor("Ada", null, ContributorRole.EDITOR, "0000-0002-1825-0097").orcid())
			.isEqualTo("https://orcid.org/0000-0002-1825-0097");
		assertThat(new Contributor("Ada", null, null, " ").orcid()).isNull();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Contributor("Ada", null, ContributorRole.EDITOR, "0000-0002-1825-0098"));
	}

}
