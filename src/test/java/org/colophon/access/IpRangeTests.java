package org.colophon.access;

import java.net.InetAddress;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class IpRangeTests {

	@Test
	void ipv4RangeCoversItsAddressesOnly() throws Exception {
		IpRange range = IpRange.parse("192.0.2.0/24");

		assertThat(contains(range, "192.0.2.0")).isTrue();
		assertThat(contains(range, "192.0.2.255")).isTrue();
		assertThat(contains(range, "192.0.3.0")).isFalse();
		assertThat(contains(range, "192.0.1.255")).isFalse();
	}

	@Test
	void ipv6RangeCoversItsAddressesOnly() throws Exception {
		IpRange range = IpRange.parse("2001:db8::/32");

		assertThat(contains(range, "2001:db8::1")).isTrue();
		assertThat(contains(range, "2001:db8:ffff:ffff:ffff:ffff:ffff:ffff")).isTrue();
		assertThat(contains(range, "2001:db9::")).isFalse();
		assertThat(contains(range, "192.0.2.1")).isFalse();
	}

	@Test
	void aBareAddressIsARangeOfOne() throws Exception {
		IpRange range = IpRange.parse("::1");

		assertThat(contains(range, "::1")).isTrue();
		assertThat(contains(range, "::2")).isFalse();
		assertThat(range.startHex()).isEqualTo(range.endHex());
	}

	@Test
	void hostBitsInTheNetworkAddressAreIgnored() {
		assertThat(IpRange.parse("10.1.2.3/8").startHex()).isEqualTo(IpRange.parse("10.0.0.0/8").startHex());
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "example.org", "10.0.0.0/33", "300.1.1.1/8", "10.0.0/8", "2001:db8::/129",
			"10.0.0.0/-1", "10.0.0.0/abc", "::1::2/64" })
	void rejectsWhatIsNotACidrRange(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> IpRange.parse(text));
	}

	private static boolean contains(IpRange range, String address) throws Exception {
		String hex = IpRange.hexOf(InetAddress.getByName(address));
		return range.startHex().compareTo(hex) <= 0 && range.endHex().compareTo(hex) >= 0;
	}

}
