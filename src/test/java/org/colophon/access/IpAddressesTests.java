package org.colophon.access;

import java.net.InetAddress;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class IpAddressesTests {

	@Test
	void readsIpv4AndIpv6Literals() throws Exception {
		assertThat(IpAddresses.parse("203.0.113.7")).contains(InetAddress.getByName("203.0.113.7"));
		assertThat(IpAddresses.parse("2001:db8::1")).contains(InetAddress.getByName("2001:db8::1"));
		assertThat(IpAddresses.parse("0:0:0:0:0:0:0:1")).contains(InetAddress.getByName("::1"));
	}

	@Test
	void dropsAnIpv6Zone() throws Exception {
		assertThat(IpAddresses.parse("fe80:0:0:0:0:0:0:1%2")).contains(InetAddress.getByName("fe80::1"));
		assertThat(IpAddresses.parse("fe80::1%eth0")).contains(InetAddress.getByName("fe80::1"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "localhost", "example.org", "cafe.example", "203.0.113.7:8080", "[2001:db8::1]",
			"[2001:db8::1]:443", "256.0.0.1", "1.2.3", "::1::2", "", " 203.0.113.7", "unknown" })
	void anythingElseIsNoAddressAndNeverLookedUp(String text) {
		assertThat(IpAddresses.parse(text)).isEmpty();
	}

	@Test
	void nothingIsNoAddress() {
		assertThat(IpAddresses.parse(null)).isEmpty();
	}

}
