package org.colophon.access;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.PersistenceUnitUtil;
import org.colophon.ReaderRows;
import org.colophon.RepositoryTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.data.domain.Limit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The entitlement look-ups behind the access decision: by holder, for a chapter or its
 * book, whatever their dates.
 */
@RepositoryTest
class EntitlementRepositoryTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

	@Autowired
	private EntitlementRepository entitlements;

	@Autowired
	private TestEntityManager entityManager;

	private Institution library;

	private Institution college;

	@BeforeEach
	void setUp() {
		this.library = this.entityManager.persist(new Institution("Library", List.of(IpRange.parse("192.0.2.0/24"))));
		this.college = this.entityManager
			.persist(new Institution("College", List.of(IpRange.parse("198.51.100.0/24"))));
	}

	@Test
	void findsAnInstitutionsEntitlementsToTheBookOrTheChapterInTheOrderTheyWereMade() {
		Long toChapter = persist(new Entitlement(this.library, null, null, "c1", null, null));
		persist(new Entitlement(this.library, null, "p2", null, null, null));
		persist(new Entitlement(this.library, null, null, "c9", null, null));
		Long toBook = persist(new Entitlement(this.library, null, "p1", null, null, null));

		assertThat(idsForInstitutions(List.of(this.library.getId()))).containsExactly(toChapter, toBook);
	}

	@Test
	void findsTheEntitlementsOfEachInstitutionAskedForAndNoOther() {
		Institution elsewhere = this.entityManager.persist(new Institution("Elsewhere", List.of()));
		Long library = persist(new Entitlement(this.library, null, "p1", null, null, null));
		Long college = persist(new Entitlement(this.college, null, null, "c1", null, null));
		persist(new Entitlement(elsewhere, null, "p1", null, null, null));

		assertThat(idsForInstitutions(List.of(this.library.getId(), this.college.getId()))).containsExactly(library,
				college);
	}

	@Test
	void leavesAnInstitutionsDatesToTheService() {
		Long expired = persist(
				new Entitlement(this.library, null, "p1", null, TODAY.minusYears(1), TODAY.minusDays(1)));
		Long future = persist(new Entitlement(this.library, null, "p1", null, TODAY.plusDays(1), null));

		assertThat(idsForInstitutions(List.of(this.library.getId()))).containsExactly(expired, future);
	}

	@Test
	void findsNoReadersEntitlementForAnInstitution() {
		Long reader = ReaderRows.insert(this.entityManager, "reader@colophon.test");
		persist(new Entitlement(null, reader, "p1", null, null, null));

		assertThat(idsForInstitutions(List.of(this.library.getId()))).isEmpty();
	}

	@Test
	void bringsTheInstitutionWithItsEntitlements() {
		persist(new Entitlement(this.library, null, "p1", null, null, null));

		List<Entitlement> found = this.entitlements.findForInstitutions(List.of(this.library.getId()), "c1", "p1");

		assertThat(found).singleElement().satisfies((entitlement) -> {
			assertThat(persistence().isLoaded(entitlement, "institution")).isTrue();
			assertThat(entitlement.getInstitution().getName()).isEqualTo("Library");
		});
	}

	@Test
	void findsAReadersEntitlementsToTheBookOrTheChapterInTheOrderTheyWereMade() {
		Long reader = ReaderRows.insert(this.entityManager, "reader@colophon.test");
		Long toBook = persist(new Entitlement(null, reader, "p1", null, null, null));
		persist(new Entitlement(null, reader, "p2", null, null, null));
		Long toChapter = persist(new Entitlement(null, reader, null, "c1", null, null));

		assertThat(idsForReader(reader)).containsExactly(toBook, toChapter);
	}

	@Test
	void findsOnlyTheReadersOwnEntitlements() {
		Long reader = ReaderRows.insert(this.entityManager, "reader@colophon.test");
		Long other = ReaderRows.insert(this.entityManager, "other@colophon.test");
		Long own = persist(new Entitlement(null, reader, "p1", null, null, null));
		persist(new Entitlement(null, other, "p1", null, null, null));
		persist(new Entitlement(this.library, null, "p1", null, null, null));

		assertThat(idsForReader(reader)).containsExactly(own);
	}

	@Test
	void leavesAReadersDatesToTheService() {
		Long reader = ReaderRows.insert(this.entityManager, "reader@colophon.test");
		Long expired = persist(new Entitlement(null, reader, null, "c1", null, TODAY.minusDays(1)));

		assertThat(idsForReader(reader)).containsExactly(expired);
	}

	@Test
	void pagesThroughEntitlementsWithTheirInstitutions() {
		Long reader = ReaderRows.insert(this.entityManager, "reader@colophon.test");
		Long first = persist(new Entitlement(this.library, null, "p1", null, null, null));
		Long second = persist(new Entitlement(null, reader, "p1", null, null, null));
		Long third = persist(new Entitlement(this.college, null, null, "c1", null, null));

		List<Entitlement> page = this.entitlements.findByIdGreaterThanOrderByIdAsc(first, Limit.of(5));

		assertThat(page).extracting(Entitlement::getId).containsExactly(second, third);
		assertThat(persistence().isLoaded(page.get(1), "institution")).isTrue();
		assertThat(this.entitlements.findByIdGreaterThanOrderByIdAsc(0L, Limit.of(1))).extracting(Entitlement::getId)
			.containsExactly(first);
	}

	private Long persist(Entitlement entitlement) {
		Long id = this.entityManager.persistAndGetId(entitlement, Long.class);
		this.entityManager.flush();
		this.entityManager.clear();
		return id;
	}

	private List<Long> idsForInstitutions(List<Long> institutionIds) {
		return this.entitlements.findForInstitutions(institutionIds, "c1", "p1")
			.stream()
			.map(Entitlement::getId)
			.toList();
	}

	private List<Long> idsForReader(Long readerId) {
		return this.entitlements.findForReader(readerId, "c1", "p1").stream().map(Entitlement::getId).toList();
	}

	private PersistenceUnitUtil persistence() {
		return this.entityManager.getEntityManager().getEntityManagerFactory().getPersistenceUnitUtil();
	}

}
