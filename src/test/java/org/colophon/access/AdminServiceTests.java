package org.colophon.access;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import org.colophon.access.AccessPolicy.ItemType;
import org.colophon.account.DuplicateEmailException;
import org.colophon.account.Password;
import org.colophon.account.Reader;
import org.colophon.account.ReaderService;
import org.colophon.account.Role;
import org.colophon.catalogue.BookNotFoundException;
import org.colophon.catalogue.CatalogueService;
import org.colophon.catalogue.ChapterNotFoundException;
import org.colophon.system.KeysetPaging;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.springframework.context.ApplicationEventPublisher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.mockito.AdditionalAnswers.returnsFirstArg;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * The rules of administration that the admin API's constraints cannot check: that the
 * records named exist, that an address is free, and that nothing is written when either
 * fails.
 */
@ExtendWith(MockitoExtension.class)
class AdminServiceTests {

	private static final String PASSWORD = "a long enough password";

	@Mock
	private InstitutionRepository institutions;

	@Mock
	private EntitlementRepository entitlements;

	@Mock
	private AccessPolicyRepository policies;

	@Mock
	private AccessOptionRepository options;

	@Mock
	private ReaderService readers;

	@Mock
	private CatalogueService catalogue;

	@Mock
	private KeysetPaging paging;

	@Mock
	private ApplicationEventPublisher events;

	private AdminService admin;

	@BeforeEach
	void createService() {
		this.admin = new AdminService(this.institutions, this.entitlements, this.policies, this.options, this.readers,
				this.catalogue, this.paging, this.events);
	}

	@Test
	void createsAnInstitutionWithItsRangesInOrder() {
		given(this.institutions.save(any())).willAnswer(returnsFirstArg());

		Institution institution = this.admin.createInstitution("  Ridgeway University ",
				List.of("203.0.113.0/24", "2001:db8::/32"));

		assertThat(institution.getName()).isEqualTo("Ridgeway University");
		assertThat(institution.getRanges()).extracting(IpRange::cidr)
			.containsExactly("203.0.113.0/24", "2001:db8::/32");
	}

	@Test
	void anInstitutionMayHaveNoRanges() {
		given(this.institutions.save(any())).willAnswer(returnsFirstArg());

		assertThat(this.admin.createInstitution("Reading Room", null).getRanges()).isEmpty();
	}

	@Test
	void savesNoInstitutionWithABadRangeOrName() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.admin.createInstitution("Half Saved", List.of("10.0.0.0/8", "10.0.0.0/99")))
			.withMessageContaining("10.0.0.0/99");
		assertThatIllegalArgumentException().isThrownBy(() -> this.admin.createInstitution(" ", List.of()));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.admin.createInstitution("n".repeat(Institution.MAX_NAME + 1), List.of()));
		verifyNoInteractions(this.institutions);
	}

	@Test
	void entitlesAnExistingInstitutionToAnExistingBook() {
		Institution institution = new Institution("Campus", List.of());
		given(this.institutions.findById(4L)).willReturn(Optional.of(institution));
		given(this.entitlements.save(any())).willAnswer(returnsFirstArg());

		Entitlement entitlement = this.admin.createEntitlement(4L, null, "b1", null, LocalDate.of(2026, 1, 1), null);

		then(this.catalogue).should().book("b1");
		assertThat(entitlement.getInstitution()).isSameAs(institution);
		assertThat(entitlement.getBookId()).isEqualTo("b1");
		assertThat(entitlement.getStartsOn()).isEqualTo(LocalDate.of(2026, 1, 1));
	}

	@Test
	void entitlesAnExistingReaderToAnExistingChapter() {
		given(this.readers.find(9L)).willReturn(Optional.of(mock(Reader.class)));
		given(this.entitlements.save(any())).willAnswer(returnsFirstArg());

		Entitlement entitlement = this.admin.createEntitlement(null, 9L, null, "c1", null, null);

		then(this.catalogue).should().chapter("c1");
		assertThat(entitlement.getReaderId()).isEqualTo(9L);
		assertThat(entitlement.getChapterId()).isEqualTo("c1");
	}

	@Test
	void namesTheHolderThatDoesNotExistBeforeLookingAtTheItem() {
		given(this.institutions.findById(4L)).willReturn(Optional.empty());
		given(this.readers.find(9L)).willReturn(Optional.empty());

		assertInvalid(() -> this.admin.createEntitlement(4L, null, "b1", null, null, null), "institutionId",
				"no institution with id 4");
		assertInvalid(() -> this.admin.createEntitlement(null, 9L, "b1", null, null, null), "readerId",
				"no reader with id 9");
		verifyNoInteractions(this.catalogue, this.entitlements);
	}

	@Test
	void namesTheItemThatDoesNotExist() {
		given(this.readers.find(9L)).willReturn(Optional.of(mock(Reader.class)));
		willThrow(new BookNotFoundException("gone")).given(this.catalogue).book("gone");
		willThrow(new ChapterNotFoundException("lost")).given(this.catalogue).chapter("lost");

		assertInvalid(() -> this.admin.createEntitlement(null, 9L, "gone", null, null, null), "publicationId",
				"no publication with id gone");
		assertInvalid(() -> this.admin.createEntitlement(null, 9L, null, "lost", null, null), "chapterId",
				"no chapter with id lost");
		verifyNoInteractions(this.entitlements);
	}

	@Test
	void theEntitlementStillRefusesToEndBeforeItStarts() {
		given(this.readers.find(9L)).willReturn(Optional.of(mock(Reader.class)));

		assertThatIllegalArgumentException().isThrownBy(() -> this.admin.createEntitlement(null, 9L, "b1", null,
				LocalDate.of(2026, 5, 2), LocalDate.of(2026, 5, 1)));
		verifyNoInteractions(this.entitlements);
	}

	@Test
	void createsAReaderWithTheReaderRoleUnlessToldOtherwise() {
		Reader reader = mock(Reader.class);
		given(this.readers.create(any(), any(), any(), any())).willReturn(reader);

		assertThat(this.admin.createReader("jane@colophon.test", PASSWORD, null, null)).isSameAs(reader);
		this.admin.createReader("root@colophon.test", PASSWORD, null, Role.ADMIN);

		then(this.readers).should().create("jane@colophon.test", new Password(PASSWORD), Role.READER, null);
		then(this.readers).should().create("root@colophon.test", new Password(PASSWORD), Role.ADMIN, null);
	}

	@Test
	void aReadersInstitutionMustExist() {
		given(this.institutions.findById(4L)).willReturn(Optional.empty());

		assertInvalid(() -> this.admin.createReader("jane@colophon.test", PASSWORD, 4L, null), "institutionId",
				"no institution with id 4");
		then(this.readers).should(never()).create(any(), any(), any(), any());
	}

	@Test
	void aTakenAddressIsNamedAsTheEmailField() {
		given(this.readers.create(any(), any(), any(), any())).willThrow(new DuplicateEmailException());

		assertInvalid(() -> this.admin.createReader("jane@colophon.test", PASSWORD, null, null), "email",
				"An account already exists for this e-mail address");
	}

	@Test
	void aPasswordAgainstTheRulesIsRefusedBeforeAnythingIsLookedUp() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.admin.createReader("jane@colophon.test", "short", 4L, null));
		verifyNoInteractions(this.institutions, this.readers);
	}

	@Test
	void deletingWhatDoesNotExistIsNotFound() {
		given(this.institutions.findById(1L)).willReturn(Optional.empty());
		given(this.entitlements.findById(2L)).willReturn(Optional.empty());
		given(this.readers.delete(3L)).willReturn(false);

		assertThatExceptionOfType(RecordNotFoundException.class).isThrownBy(() -> this.admin.deleteInstitution(1L))
			.withMessage("No institution with id 1");
		assertThatExceptionOfType(RecordNotFoundException.class).isThrownBy(() -> this.admin.deleteEntitlement(2L))
			.withMessage("No entitlement with id 2");
		assertThatExceptionOfType(RecordNotFoundException.class).isThrownBy(() -> this.admin.deleteReader(3L))
			.withMessage("No reader with id 3");
	}

	@Test
	void setsAnAccessModelOnceAndChangesItAfterwards() {
		given(this.policies.findByItemTypeAndItemId(ItemType.CHAPTER, "c1")).willReturn(Optional.empty());
		given(this.policies.save(any())).willAnswer(returnsFirstArg());

		AccessService.Policy set = this.admin.setAccessModel(true, "c1", AccessModel.OPEN_ACCESS, "CC BY 4.0");

		assertThat(set).isEqualTo(new AccessService.Policy(AccessModel.OPEN_ACCESS, "CC BY 4.0"));
		AccessPolicy existing = new AccessPolicy(ItemType.PUBLICATION, "b1", AccessModel.OPEN_ACCESS, "CC0");
		given(this.policies.findByItemTypeAndItemId(ItemType.PUBLICATION, "b1")).willReturn(Optional.of(existing));

		AccessService.Policy changed = this.admin.setAccessModel(false, "b1", AccessModel.FREE, "CC0");

		assertThat(changed).as("a licence only for open access")
			.isEqualTo(new AccessService.Policy(AccessModel.FREE, null));
		assertThat(existing.getModel()).isEqualTo(AccessModel.FREE);
		then(this.policies).should(never()).save(existing);
		then(this.events).should().publishEvent(new AccessModelChanged(true, "c1"));
		then(this.events).should().publishEvent(new AccessModelChanged(false, "b1"));
	}

	@Test
	void anAccessModelNeedsAnItemThatExists() {
		willThrow(new ChapterNotFoundException("lost")).given(this.catalogue).chapter("lost");
		willThrow(new BookNotFoundException("gone")).given(this.catalogue).book("gone");

		assertThatExceptionOfType(RecordNotFoundException.class)
			.isThrownBy(() -> this.admin.setAccessModel(true, "lost", AccessModel.FREE, null))
			.withMessage("No chapter with id lost");
		assertThatExceptionOfType(RecordNotFoundException.class)
			.isThrownBy(() -> this.admin.setAccessModel(false, "gone", AccessModel.FREE, null))
			.withMessage("No publication with id gone");
		verifyNoInteractions(this.policies);
	}

	@Test
	void offersABookForSaleOnceAndRepricesItAfterwards() {
		given(this.options.findByKindAndBookId(AccessOptionKind.PURCHASE, "b1")).willReturn(Optional.empty());
		ArgumentCaptor<AccessOption> saved = ArgumentCaptor.forClass(AccessOption.class);
		given(this.options.save(saved.capture())).willAnswer(returnsFirstArg());

		this.admin.setPrice("b1", new BigDecimal("25.00"), "GBP");

		assertThat(saved.getValue().getKind()).isEqualTo(AccessOptionKind.PURCHASE);
		assertThat(saved.getValue().getPrice()).isEqualByComparingTo("25.00");
		assertThat(saved.getValue().getCurrency()).isEqualTo("GBP");
		AccessOption existing = new AccessOption(AccessOptionKind.PURCHASE, "b2", BigDecimal.TEN,
				Currency.getInstance("EUR"), 3);
		given(this.options.findByKindAndBookId(AccessOptionKind.PURCHASE, "b2")).willReturn(Optional.of(existing));

		this.admin.setPrice("b2", new BigDecimal("12.50"), "USD");

		assertThat(existing.getPrice()).isEqualByComparingTo("12.50");
		assertThat(existing.getCurrency()).isEqualTo("USD");
	}

	@Test
	void aPriceNeedsABookThatExists() {
		willThrow(new BookNotFoundException("gone")).given(this.catalogue).book("gone");

		assertThatExceptionOfType(RecordNotFoundException.class)
			.isThrownBy(() -> this.admin.setPrice("gone", BigDecimal.TEN, "GBP"))
			.withMessage("No publication with id gone");
		verifyNoInteractions(this.options);
	}

	private static void assertInvalid(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field,
			String message) {
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(call)
			.withMessage(message)
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo(field));
	}

}
