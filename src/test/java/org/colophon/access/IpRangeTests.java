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
	void aRangeWithHostBitsSetIsRefusedNamingItsNetwork() {
		assertThatIllegalArgumentException().isThrownBy(() -> IpRange.parse("10.1.2.3/8"))
			.withMessage("'10.1.2.3/8' has host bits set; the network is 10.0.0.0/8");
		assertThatIllegalArgumentException().isThrownBy(() -> IpRange.parse("2001:db8:0:0:1::1/48"))
			.withMessage("'2001:db8:0:0:1::1/48' has host bits set; the network is 2001:db8::/48");
		assertThatIllegalArgumentException().isThrownBy(() -> IpRange.parse("2001:db8:0:1:0:0:1:0/64"))
			.withMessage("'2001:db8:0:1:0:0:1:0/64' has host bits set; the network is 2001:db8:0:1::/64");
	}

	@ParameterizedTest
	@ValueSource(strings = { "0.0.0.0/0", "::/0" })
	void aRangeOfEveryAddressIsRefused(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> IpRange.parse(text))
			.withMessage("'" + text + "' covers every address");
	}

	@ParameterizedTest
	@ValueSource(strings = { "::ffff:0:0/96", "::/80", "::/64", "::fffe:0:0/95", "::/1" })
	void anIpv6RangeCoveringEveryIpv4AddressIsRefused(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> IpRange.parse(text))
			.withMessage("'" + text + "' covers every IPv4 address (as IPv4-mapped IPv6)");
	}

	@Test
	void anIpv4RangeWrittenAsIpv6IsRefusedWithItsIpv4Form() {
		assertThatIllegalArgumentException().isThrownBy(() -> IpRange.parse("::ffff:192.0.2.0/120"))
			.withMessage("'::ffff:192.0.2.0/120' is an IPv4 range; write it as 192.0.2.0/24");
		assertThatIllegalArgumentException().isThrownBy(() -> IpRange.parse("::ffff:c000:201"))
			.withMessage("'::ffff:c000:201' is an IPv4 range; write it as 192.0.2.1/32");
	}

	@ParameterizedTest
	@ValueSource(strings = { "::/81", "::1", "64:ff9b::/96", "::fffe:ffff:0/112", "0.0.0.0/1" })
	void rangesBesideTheIpv4MappedBlockAreKept(String text) {
		assertThat(IpRange.parse(text).cidr()).isEqualTo(text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "example.org", "10.0.0.0/33", "300.1.1.1/8", "10.0.0/8", "2001:db8::/129",
			"10.0.0.0/-1", "10.0.0.0/abc", "::1::2/64", "192.0.2.1:80", "[2001:db8::1]", "fe80::1%eth0", "1.2.3.4/08" })
	void rejectsWhatIsNotACidrRange(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> IpRange.parse(text))
			.withMessageMatching("'.*' (is not an IPv4 or IPv6 range in CIDR form|has an invalid prefix length)|"
					+ "an IP range is empty");
	}

	private static boolean contains(IpRange range, String address) throws Exception {
		String hex = IpRange.hexOf(InetAddress.getByName(address));
		return range.startHex().compareTo(hex) <= 0 && range.endHex().compareTo(hex) >= 0;
	}

}
