package org.colophon.delivery;

import java.util.List;

import org.colophon.delivery.KindleAddress.NameFault;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class KindleAddressTests {

	@Test
	void isTheNameAtTheDomainInLowerCase() {
		KindleAddress address = new KindleAddress("Jane.Reader", "Free.Kindle.COM");

		assertThat(address.name()).isEqualTo("Jane.Reader");
		assertThat(address.domain()).isEqualTo("free.kindle.com");
		assertThat(address).hasToString("Jane.Reader@free.kindle.com");
	}

	@Test
	void theNameIsRequiredAndAtMostSixtyFourCharacters() {
		assertThat(KindleAddress.nameFaultOf(null)).contains(NameFault.MISSING);
		assertThat(KindleAddress.nameFaultOf("")).contains(NameFault.MISSING);
		assertThat(KindleAddress.nameFaultOf("a".repeat(64))).isEmpty();
		assertThat(KindleAddress.nameFaultOf("a".repeat(65))).contains(NameFault.TOO_LONG);
		assertThat(KindleAddress.nameFaultOf(" ".repeat(65))).contains(NameFault.TOO_LONG);
	}

	@Test
	void theNameIsAPlainEmailLocalPart() {
		for (String name : List.of("jane", "o'brien+books", "x!#$%&*/=?^_`{|}~-", "a.b.c")) {
			assertThat(KindleAddress.nameFaultOf(name)).as(name).isEmpty();
		}
		for (String name : List.of(" ", "two words", "jane@evil.example", ".jane", "jane.", "ja..ne",
				"line\r\nBcc: x@y.z", "j\u00e4ne", "\"quoted\"")) {
			assertThat(KindleAddress.nameFaultOf(name)).as(name).contains(NameFault.INVALID);
		}
	}

	@Test
	void theDomainIsOneOfAmazonsTwoInAnyCase() {
		assertThat(KindleAddress.isDomain("kindle.com")).isTrue();
		assertThat(KindleAddress.isDomain("FREE.kindle.com")).isTrue();
		assertThat(KindleAddress.isDomain(null)).isFalse();
		assertThat(KindleAddress.isDomain("kindle.org")).isFalse();
		assertThat(KindleAddress.isDomain(" kindle.com")).isFalse();
		assertThat(KindleAddress.isDomain("evil.kindle.com")).isFalse();
	}

	@Test
	void cannotBeMadeAgainstTheRules() {
		assertThatIllegalArgumentException().isThrownBy(() -> new KindleAddress("ja..ne", "kindle.com"));
		assertThatIllegalArgumentException().isThrownBy(() -> new KindleAddress("jane", "gmail.com"));
		assertThatIllegalArgumentException().isThrownBy(() -> new KindleAddress(null, "kindle.com"));
	}

}
