package org.colophon.access;

import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.colophon.access.AccessPolicy.ItemType;
import org.colophon.account.Reader;
import org.colophon.account.ReaderService;
import org.colophon.catalogue.BookDetails;
import org.colophon.catalogue.BookInfo;
import org.colophon.catalogue.ChapterDetails;
import org.colophon.catalogue.ChapterInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.springframework.beans.BeanUtils;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.lenient;

/**
 * The whole rule matrix of the access decision, with the repositories mocked at the
 * module's edge. Mockito's strict stubs hold: a look-up a test does not stub answers
 * nothing (an empty list or {@code Optional}), so each test stubs only what its rule
 * needs.
 */
@ExtendWith(MockitoExtension.class)
class AccessServiceTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

	private static final InetAddress CAMPUS = address("192.0.2.10");

	private static final InetAddress ELSEWHERE = address("198.51.100.1");

	@Mock
	private AccessPolicyRepository policies;

	@Mock
	private InstitutionRanges ranges;

	@Mock
	private ReaderService readers;

	@Mock
	private EntitlementRepository entitlements;

	@Mock
	private AccessOptionRepository options;

	private AccessService service;

	private final Institution library = institution(7L, "Campus Library");

	@BeforeEach
	void setUp() {
		StaticMessageSource messages = new StaticMessageSource();
		for (AccessOptionKind kind : AccessOptionKind.values()) {
			messages.addMessage("access.option." + kind + ".label", Locale.ENGLISH, kind + " {0}");
			messages.addMessage("access.option." + kind + ".description", Locale.ENGLISH, "about " + kind);
		}
		Clock clock = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
		this.service = new AccessService(this.policies, this.ranges, this.readers, this.entitlements, this.options,
				messages, clock);
		LocaleContextHolder.setLocale(Locale.ENGLISH);
	}

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void captureWithoutGetAccessIsFreeToEveryone() {
		AccessDecision decision = this.service.decide(chapter(false), anonymous(ELSEWHERE));

		assertThat(decision.granted()).isTrue();
		assertThat(decision.basis()).isEqualTo(AccessBasis.FREE);
		assertThat(decision.options()).isEmpty();
	}

	@Test
	void openAccessPolicyOnTheChapterGrantsWithItsLicence() {
		given(this.policies.findUnflushed(ItemType.CHAPTER, "c1"))
			.willReturn(Optional.of(new AccessPolicy(ItemType.CHAPTER, "c1", AccessModel.OPEN_ACCESS, "CC BY 4.0")));

		AccessDecision decision = this.service.decide(chapter(true), anonymous(ELSEWHERE));

		assertThat(decision.basis()).isEqualTo(AccessBasis.OPEN_ACCESS);
		assertThat(decision.licence()).isEqualTo("CC BY 4.0");
	}

	@Test
	void publicationPolicyAppliesToItsChapters() {
		given(this.policies.findUnflushed(ItemType.CHAPTER, "c1")).willReturn(Optional.empty());
		given(this.policies.findUnflushed(ItemType.PUBLICATION, "p1"))
			.willReturn(Optional.of(new AccessPolicy(ItemType.PUBLICATION, "p1", AccessModel.FREE, null)));

		assertThat(this.service.decide(chapter(true), anonymous(ELSEWHERE)).basis()).isEqualTo(AccessBasis.FREE);
	}

	@Test
	void chapterPolicyOverridesThePublicationPolicy() {
		// Lenient: the publication's policy must go unread, and is there to make the
		// decision differ if it were read.
		lenient().when(this.policies.findUnflushed(ItemType.PUBLICATION, "p1"))
			.thenReturn(Optional.of(new AccessPolicy(ItemType.PUBLICATION, "p1", AccessModel.FREE, null)));
		given(this.policies.findUnflushed(ItemType.CHAPTER, "c1"))
			.willReturn(Optional.of(new AccessPolicy(ItemType.CHAPTER, "c1", AccessModel.RESTRICTED, null)));

		assertThat(this.service.decide(chapter(false), anonymous(ELSEWHERE)).granted()).isFalse();
	}

	@Test
	void restrictedChapterIsDeniedToAnAnonymousOutsiderWithBothLogInOptions() {
		givenTheLogInOptions();

		AccessDecision decision = this.service.decide(chapter(true), anonymous(ELSEWHERE));

		assertThat(decision.granted()).isFalse();
		assertThat(decision.basis()).isEqualTo(AccessBasis.NONE);
		assertThat(decision.denialReason()).isEqualTo(AccessDecision.NO_LICENCE);
		assertThat(decision.options()).extracting(OfferedOption::kind)
			.containsExactly(AccessOptionKind.LOG_IN, AccessOptionKind.INSTITUTIONAL_LOG_IN);
	}

	@Test
	void institutionOnTheViewersAddressWithAPublicationEntitlementGrants() {
		libraryOnCampusHolds(entitlement(this.library, null, "p1", null, null, null));

		AccessDecision decision = this.service.decide(chapter(true), anonymous(CAMPUS));

		assertThat(decision.granted()).isTrue();
		assertThat(decision.basis()).isEqualTo(AccessBasis.INSTITUTION);
		assertThat(decision.providedBy()).isEqualTo("Campus Library");
	}

	@Test
	void institutionEntitlementToTheChapterAloneGrants() {
		libraryOnCampusHolds(entitlement(this.library, null, null, "c1", null, null));

		assertThat(this.service.decide(chapter(true), anonymous(CAMPUS)).basis()).isEqualTo(AccessBasis.INSTITUTION);
	}

	@Test
	void expiredEntitlementDoesNotCount() {
		libraryOnCampusHolds(entitlement(this.library, null, "p1", null, TODAY.minusYears(1), TODAY.minusDays(1)));

		assertThat(this.service.decide(chapter(true), anonymous(CAMPUS)).granted()).isFalse();
	}

	@Test
	void futureEntitlementDoesNotCount() {
		libraryOnCampusHolds(entitlement(this.library, null, "p1", null, TODAY.plusDays(1), null));

		assertThat(this.service.decide(chapter(true), anonymous(CAMPUS)).granted()).isFalse();
	}

	@Test
	void entitlementCountsOnItsFirstAndLastDay() {
		libraryOnCampusHolds(entitlement(this.library, null, "p1", null, TODAY, TODAY));

		assertThat(this.service.decide(chapter(true), anonymous(CAMPUS)).granted()).isTrue();
	}

	@Test
	void readersOwnEntitlementGrantsPersonalAccessAnywhere() {
		givenReader(3L, null);
		given(this.entitlements.findForReader(3L, "c1", "p1"))
			.willReturn(List.of(entitlement(null, 3L, "p1", null, null, null)));

		AccessDecision decision = this.service.decide(chapter(true), new Viewer(3L, ELSEWHERE));

		assertThat(decision.basis()).isEqualTo(AccessBasis.PERSONAL);
		assertThat(decision.providedBy()).isNull();
	}

	@Test
	void readersExpiredEntitlementDoesNotCountAndNoLogInIsOffered() {
		givenReader(3L, null);
		given(this.entitlements.findForReader(3L, "c1", "p1"))
			.willReturn(List.of(entitlement(null, 3L, "p1", null, null, TODAY.minusDays(1))));
		givenTheLogInOptions();

		AccessDecision decision = this.service.decide(chapter(true), new Viewer(3L, ELSEWHERE));

		assertThat(decision.granted()).isFalse();
		assertThat(decision.options()).extracting(OfferedOption::kind)
			.containsExactly(AccessOptionKind.INSTITUTIONAL_LOG_IN);
	}

	@Test
	void memberOfAnInstitutionGetsItsAccessFromAnywhere() {
		givenReader(4L, this.library);
		given(this.entitlements.findForInstitutions(List.of(7L), "c1", "p1"))
			.willReturn(List.of(entitlement(this.library, null, "p1", null, null, null)));

		AccessDecision decision = this.service.decide(chapter(true), new Viewer(4L, ELSEWHERE));

		assertThat(decision.basis()).isEqualTo(AccessBasis.INSTITUTION);
		assertThat(decision.providedBy()).isEqualTo("Campus Library");
	}

	@Test
	void institutionalAccessComesBeforePersonalAccess() {
		givenReader(3L, null);
		libraryOnCampusHolds(entitlement(this.library, null, "p1", null, null, null));
		// Lenient: the reader's own entitlement must go unread, and is there to make the
		// basis differ if it were read first.
		lenient().when(this.entitlements.findForReader(3L, "c1", "p1"))
			.thenReturn(List.of(entitlement(null, 3L, "p1", null, null, null)));

		assertThat(this.service.decide(chapter(true), new Viewer(3L, CAMPUS)).basis())
			.isEqualTo(AccessBasis.INSTITUTION);
	}

	@Test
	void purchaseIsOfferedWithItsPriceWhenConfigured() {
		given(this.options.findApplicable("p1"))
			.willReturn(List.of(new AccessOption(AccessOptionKind.LOG_IN, null, null, null, 1), new AccessOption(
					AccessOptionKind.PURCHASE, "p1", new BigDecimal("25.00"), Currency.getInstance("GBP"), 3)));

		AccessDecision decision = this.service.decide(chapter(true), anonymous(ELSEWHERE));

		assertThat(decision.options()).extracting(OfferedOption::kind)
			.containsExactly(AccessOptionKind.LOG_IN, AccessOptionKind.PURCHASE);
		OfferedOption purchase = decision.options().get(1);
		assertThat(purchase.price()).isEqualByComparingTo("25.00");
		assertThat(purchase.currency()).isEqualTo("GBP");
		assertThat(purchase.label()).isEqualTo("PURCHASE \u00a325.00");
	}

	private void libraryOnCampusHolds(Entitlement entitlement) {
		given(this.ranges.institutionsAt(CAMPUS)).willReturn(List.of(7L));
		given(this.entitlements.findForInstitutions(List.of(7L), "c1", "p1")).willReturn(List.of(entitlement));
	}

	private void givenTheLogInOptions() {
		given(this.options.findApplicable("p1"))
			.willReturn(List.of(new AccessOption(AccessOptionKind.LOG_IN, null, null, null, 1),
					new AccessOption(AccessOptionKind.INSTITUTIONAL_LOG_IN, null, null, null, 2)));
	}

	private void givenReader(Long id, Institution institution) {
		// A real reader rather than a mock: its constructor belongs to the account
		// module.
		Reader reader = BeanUtils.instantiateClass(Reader.class);
		ReflectionTestUtils.setField(reader, "id", id);
		ReflectionTestUtils.setField(reader, "institutionId", (institution != null) ? institution.getId() : null);
		given(this.readers.find(id)).willReturn(Optional.of(reader));
	}

	private static Entitlement entitlement(Institution institution, Long readerId, String bookId, String chapterId,
			LocalDate startsOn, LocalDate endsOn) {
		return new Entitlement(institution, readerId, bookId, chapterId, startsOn, endsOn);
	}

	private static Institution institution(Long id, String name) {
		Institution institution = new Institution(name, List.of(IpRange.parse("192.0.2.0/24")));
		ReflectionTestUtils.setField(institution, "id", id);
		return institution;
	}

	private static Viewer anonymous(InetAddress address) {
		return new Viewer(null, address);
	}

	private static ChapterInfo chapter(boolean accessRequired) {
		ChapterDetails details = new ChapterDetails("1", "A chapter", null, null, List.of(), null, null, List.of(),
				"Chapter", "1", "2", accessRequired, null, List.of(), null);
		BookInfo book = new BookInfo("p1", new BookDetails("A book", null, "P", 2000), List.of(), Instant.EPOCH);
		return new ChapterInfo("c1", details, book, Instant.EPOCH);
	}

	private static InetAddress address(String literal) {
		try {
			return InetAddress.getByName(literal);
		}
		catch (UnknownHostException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
