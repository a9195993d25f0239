package org.colophon.access;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProxyPatternsTests {

	@Test
	void noTrustedProxiesMatchesNothing() {
		Pattern pattern = Pattern.compile(ProxyPatterns.of(List.of()));

		assertThat(pattern.matcher("127.0.0.1").matches()).isFalse();
		assertThat(pattern.matcher("").matches()).isFalse();
	}

	@Test
	void ipv4RangesMatchExactlyTheirAddresses() {
		Pattern pattern = Pattern.compile(ProxyPatterns.of(List.of("10.0.0.0/8", "192.168.16.0/20", "203.0.113.7")));

		assertThat(pattern.matcher("10.200.3.4").matches()).isTrue();
		assertThat(pattern.matcher("192.168.16.1").matches()).isTrue();
		assertThat(pattern.matcher("192.168.31.255").matches()).isTrue();
		assertThat(pattern.matcher("192.168.32.0").matches()).isFalse();
		assertThat(pattern.matcher("192.168.15.9").matches()).isFalse();
		assertThat(pattern.matcher("203.0.113.7").matches()).isTrue();
		assertThat(pattern.matcher("203.0.113.70").matches()).isFalse();
		assertThat(pattern.matcher("110.0.0.1").matches()).isFalse();
	}

	@Test
	void ipv6RangesMatchTheFormContainersReport() {
		Pattern pattern = Pattern.compile(ProxyPatterns.of(List.of("::1/128", "2001:db8:8000::/33", "fd00::/8")));

		assertThat(pattern.matcher("0:0:0:0:0:0:0:1").matches()).isTrue();
		assertThat(pattern.matcher("2001:db8:8000:0:0:0:0:5").matches()).isTrue();
		assertThat(pattern.matcher("2001:db8:ffff:1:2:3:4:5").matches()).isTrue();
		assertThat(pattern.matcher("2001:db8:7fff:0:0:0:0:5").matches()).isFalse();
		assertThat(pattern.matcher("fd12:3456:0:0:0:0:0:1").matches()).isTrue();
		assertThat(pattern.matcher("fe80:0:0:0:0:0:0:1").matches()).isFalse();
		assertThat(pattern.matcher("0:0:0:0:0:0:0:2").matches()).isFalse();
	}

}
