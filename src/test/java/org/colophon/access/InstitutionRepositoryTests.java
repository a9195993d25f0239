package org.colophon.access;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

import org.colophon.RepositoryTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.data.domain.Limit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finding institutions by the reader's address, on the schema Flyway builds: ranges are
 * compared as fixed-width hex text, so the boundaries and both address families matter.
 */
@RepositoryTest
class InstitutionRepositoryTests {

	@Autowired
	private InstitutionRepository institutions;

	@Autowired
	private TestEntityManager entityManager;

	@Test
	void findsAnIpv4RangeFromItsFirstToItsLastAddress() {
		Long library = persist("Library", "192.0.2.0/24");

		assertThat(findByAddress("192.0.2.0")).containsExactly(library);
		assertThat(findByAddress("192.0.2.128")).containsExactly(library);
		assertThat(findByAddress("192.0.2.255")).containsExactly(library);
	}

	@Test
	void findsNothingJustOutsideAnIpv4Range() {
		persist("Library", "192.0.2.0/24");

		assertThat(findByAddress("192.0.1.255")).isEmpty();
		assertThat(findByAddress("192.0.3.0")).isEmpty();
	}

	@Test
	void comparesAddressesByValueWhereTheirHexDigitsTurnToLetters() {
		Long ten = persist("Ten", "10.0.0.0/8");

		assertThat(findByAddress("9.255.255.255")).isEmpty();
		assertThat(findByAddress("10.0.0.0")).containsExactly(ten);
		assertThat(findByAddress("10.255.255.255")).containsExactly(ten);
		assertThat(findByAddress("11.0.0.0")).isEmpty();
	}

	@Test
	void findsAnIpv6RangeFromItsFirstToItsLastAddress() {
		Long library = persist("Library", "2001:db8::/32");

		assertThat(findByAddress("2001:db8::")).containsExactly(library);
		assertThat(findByAddress("2001:db8:ab::1")).containsExactly(library);
		assertThat(findByAddress("2001:db8:ffff:ffff:ffff:ffff:ffff:ffff")).containsExactly(library);
	}

	@Test
	void findsNothingJustOutsideAnIpv6Range() {
		persist("Library", "2001:db8::/32");

		assertThat(findByAddress("2001:db7:ffff:ffff:ffff:ffff:ffff:ffff")).isEmpty();
		assertThat(findByAddress("2001:db9::")).isEmpty();
	}

	@Test
	void keepsIpv4AndIpv6RangesApart() {
		Long ipv4 = persist("IPv4 only", "192.0.2.0/24");
		Long ipv6 = persist("IPv6 only", "2001:db8::/32");

		assertThat(findByAddress("2001:db8::c000:20a")).containsExactly(ipv6);
		assertThat(findByAddress("192.0.2.10")).containsExactly(ipv4);
	}

	@Test
	void findsAnIpv4RangeByItsIpv4MappedIpv6Address() {
		Long library = persist("Library", "192.0.2.0/24");

		assertThat(findByAddress("::ffff:c000:20a")).containsExactly(library);
	}

	@Test
	void aRangeOfOneHoldsOnlyThatAddress() {
		Long desk = persist("Desk", "198.51.100.7");

		assertThat(findByAddress("198.51.100.7")).containsExactly(desk);
		assertThat(findByAddress("198.51.100.6")).isEmpty();
		assertThat(findByAddress("198.51.100.8")).isEmpty();
	}

	@Test
	void findsAnInstitutionOnceWhenSeveralOfItsRangesHoldTheAddress() {
		Long library = persist("Library", "192.0.2.0/24", "192.0.2.0/28", "192.0.0.0/16");

		assertThat(findByAddress("192.0.2.5")).containsExactly(library);
	}

	@Test
	void findsEveryInstitutionHoldingTheAddressInTheOrderTheyWereAdded() {
		Long first = persist("First", "192.0.2.0/24");
		persist("Elsewhere", "198.51.100.0/24");
		Long second = persist("Second", "192.0.0.0/16");

		assertThat(findByAddress("192.0.2.5")).containsExactly(first, second);
	}

	@Test
	void pagesThroughInstitutionsAfterAnId() {
		Long first = persist("First", "192.0.2.1");
		Long second = persist("Second", "192.0.2.2");
		Long third = persist("Third", "192.0.2.3");
		Long fourth = persist("Fourth", "192.0.2.4");

		assertThat(idsAfter(0L, Limit.of(2))).containsExactly(first, second);
		assertThat(idsAfter(second, Limit.of(2))).containsExactly(third, fourth);
		assertThat(idsAfter(fourth, Limit.of(2))).isEmpty();
	}

	private Long persist(String name, String... cidrs) {
		Long id = this.entityManager
			.persistAndGetId(new Institution(name, Arrays.stream(cidrs).map(IpRange::parse).toList()), Long.class);
		this.entityManager.flush();
		this.entityManager.clear();
		return id;
	}

	private List<Long> idsAfter(Long id, Limit limit) {
		return this.institutions.findByIdGreaterThanOrderByIdAsc(id, limit).stream().map(Institution::getId).toList();
	}

	private List<Long> findByAddress(String address) {
		try {
			return this.institutions.findByAddress(IpRange.hexOf(InetAddress.getByName(address)))
				.stream()
				.map(Institution::getId)
				.toList();
		}
		catch (UnknownHostException ex) {
			throw new IllegalArgumentException(ex);
		}
	}

}
