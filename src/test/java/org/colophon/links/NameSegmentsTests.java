package org.colophon.links;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every name has one readable segment, and only that segment leads back to it.
 */
class NameSegmentsTests {

	@Test
	void keepsLettersDigitsAndHyphensAndTurnsSpacesIntoUnderscores() {
		assertThat(NameSegments.encode("Cambridge University Press")).isEqualTo("Cambridge_University_Press");
		assertThat(NameSegments.encode("Éditions du Seuil-2")).isEqualTo("Éditions_du_Seuil-2");
		assertThat(NameSegments.encode("北京大学出版社")).isEqualTo("北京大学出版社");
	}

	@Test
	void escapesEverythingElseAsUtf8Bytes() {
		assertThat(NameSegments.encode("Faber & Faber")).isEqualTo("Faber_~26_Faber");
		assertThat(NameSegments.encode("Smith / Jones")).isEqualTo("Smith_~2F_Jones");
		assertThat(NameSegments.encode("a_b~c")).isEqualTo("a~5Fb~7Ec");
		assertThat(NameSegments.encode("Press \uD83D\uDCDA")).isEqualTo("Press_~F0~9F~93~9A");
	}

	@Test
	void decodesWhatItEncodes() {
		for (String name : List.of("Faber & Faber", "Smith / Jones", "50% Press; Ltd.", "Back\\slash", "..",
				"Ångström & Söhne / Verlag", "北京大学出版社", "a_b~c", "Press \uD83D\uDCDA", "O'Reilly <Media>",
				"  two  spaces ")) {
			assertThat(NameSegments.decode(NameSegments.encode(name))).as(name).contains(name);
		}
	}

	@Test
	void refusesSegmentsItDoesNotMake() {
		for (String segment : List.of("", "Faber_&_Faber", "~41", "~2f", "~4", "~ZZ", "~FF", "a.b", "50%25", "a b")) {
			assertThat(NameSegments.decode(segment)).as(segment).isEmpty();
		}
	}

}
