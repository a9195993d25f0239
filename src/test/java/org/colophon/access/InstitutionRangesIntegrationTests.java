package org.colophon.access;

import java.net.InetAddress;
import java.util.List;

import org.colophon.system.PageVersions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The in-memory address ranges against the database they are loaded from: nested and
 * overlapping ranges, IPv6, and a change seen on the next look-up because the committed
 * change raised the access version (and a rolled-back one did not).
 */
@SpringBootTest(properties = "colophon.seeds.load-on-startup=false")
@ActiveProfiles("test")
class InstitutionRangesIntegrationTests {

	@Autowired
	private InstitutionRanges ranges;

	@Autowired
	private AdminService admin;

	@Autowired
	private PageVersions versions;

	@Autowired
	private PlatformTransactionManager transactions;

	@Test
	void findsEveryInstitutionWhoseRangesHoldTheAddressAndNoOther() throws Exception {
		long wide = this.admin.createInstitution("Wide", List.of("10.0.0.0/8")).getId();
		long middle = this.admin.createInstitution("Middle", List.of("10.1.0.0/16", "172.16.0.0/12")).getId();
		long narrow = this.admin.createInstitution("Narrow", List.of("10.1.2.0/24")).getId();
		long after = this.admin.createInstitution("After", List.of("10.1.3.0/24")).getId();
		long six = this.admin.createInstitution("Six", List.of("2001:db8:77::/48")).getId();

		assertThat(at("10.1.2.3")).containsExactly(wide, middle, narrow);
		assertThat(at("10.1.3.255")).containsExactly(wide, middle, after);
		assertThat(at("10.200.0.1")).containsExactly(wide);
		assertThat(at("172.31.255.255")).containsExactly(middle);
		assertThat(at("11.0.0.0")).isEmpty();
		assertThat(at("2001:db8:77:1::1")).containsExactly(six);
		assertThat(at("2001:db8:78::1")).isEmpty();

		this.admin.deleteInstitution(middle);

		assertThat(at("10.1.2.3")).containsExactly(wide, narrow);
		assertThat(at("172.31.255.255")).isEmpty();
	}

	@Test
	void aCommittedChangeRaisesTheAccessVersionOnceAndARolledBackOneNotAtAll() {
		PageVersions.Versions before = this.versions.current();
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);

		transaction.executeWithoutResult((status) -> {
			this.admin.createInstitution("One of two", List.of("198.18.0.0/24"));
			this.admin.createInstitution("Two of two", List.of("198.18.1.0/24"));
		});
		PageVersions.Versions committed = this.versions.current();
		transaction.executeWithoutResult((status) -> {
			this.admin.createInstitution("Never kept", List.of("198.18.2.0/24"));
			status.setRollbackOnly();
		});

		assertThat(committed.access()).isEqualTo(before.access() + 1);
		assertThat(committed.catalogue()).isEqualTo(before.catalogue());
		assertThat(this.versions.current()).isEqualTo(committed);
		assertThat(this.ranges.institutionsAt(address("198.18.2.1"))).isEmpty();
	}

	private List<Long> at(String address) throws Exception {
		return this.ranges.institutionsAt(address(address));
	}

	private static InetAddress address(String literal) {
		return IpAddresses.parse(literal).orElseThrow();
	}

}
