package org.colophon.access;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ForwardedAddressValveTests {

	@Test
	void anAddressWithAPortOrInBracketsIsTheAddress() {
		assertThat(ForwardedAddressValve.literalIn("203.0.113.9:4711")).contains("203.0.113.9");
		assertThat(ForwardedAddressValve.literalIn("[2001:db8::42]:4711")).contains("2001:db8::42");
		assertThat(ForwardedAddressValve.literalIn("[2001:db8::42]")).contains("2001:db8::42");
	}

	@ParameterizedTest
	@ValueSource(strings = { "campus.example.org", "campus.example.org:443", "unknown", "_hidden", "203.0.113.9:port",
			"[203.0.113.9]", "999.0.113.9:80", "[2001:db8::42]:", "2001:db8::42:4711:1:2:3:4:5", "" })
	void anythingElseHoldsNoAddress(String forwarded) {
		assertThat(ForwardedAddressValve.literalIn(forwarded)).isEmpty();
	}

}
