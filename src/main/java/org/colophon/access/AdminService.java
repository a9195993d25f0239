package org.colophon.access;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of administration: institutions with their ranges, entitlements, readers,
 * access models and prices. It expects input that keeps the constraints of the admin
 * API's requests (anything else fails as the entities refuse it) and checks what those
 * cannot know: that the records named exist. Every check comes before anything is
 * written, so nothing is half-saved.
 */
@Service
@Transactional
public class AdminService {

	private final InstitutionRepository institutions;

	private final EntitlementRepository entitlements;

	private final AccessPolicyRepository policies;

	private final AccessOptionRepository options;

	private final ReaderService readerService;

	private final CatalogueService catalogue;

	private final KeysetPaging paging;

	private final ApplicationEventPublisher events;

	AdminService(InstitutionRepository institutions, EntitlementRepository entitlements,
			AccessPolicyRepository policies, AccessOptionRepository options, ReaderService readerService,
			CatalogueService catalogue, KeysetPaging paging, ApplicationEventPublisher events) {
		this.institutions = institutions;
		this.entitlements = entitlements;
		this.policies = policies;
		this.options = options;
		this.readerService = readerService;
		this.catalogue = catalogue;
		this.paging = paging;
		this.events = events;
	}

	/**
	 * Creates an institution with its address ranges, given in CIDR form.
	 * @throws IllegalArgumentException when the name or a range is not valid
	 */
	public Institution createInstitution(String name, List<String> cidrs) {
		List<IpRange> ranges = (cidrs != null) ? cidrs.stream().map(IpRange::parse).toList() : List.of();
		return this.institutions.save(new Institution(name, ranges));
	}

	@Transactional(readOnly = true)
	public List<Institution> institutions(long after, int size) {
		List<Institution> page = this.institutions.findByIdGreaterThanOrderByIdAsc(after, this.paging.limit(size));
		page.forEach((institution) -> institution.getRanges().size());
		return page;
	}

	public void deleteInstitution(long id) {
		this.institutions
			.delete(this.institutions.findById(id).orElseThrow(() -> new RecordNotFoundException("institution", id)));
	}

	/**
	 * Grants an institution or a reader (exactly one) a publication or a chapter (exactly
	 * one), perpetual or for a date range.
	 * @throws InvalidInputException naming the holder or the item that does not exist
	 * @throws IllegalArgumentException when the entitlement breaks its own rules
	 */
	public Entitlement createEntitlement(Long institutionId, Long readerId, String bookId, String chapterId,
			LocalDate startsOn, LocalDate endsOn) {
		Institution institution = (institutionId == null) ? null : this.institutions.findById(institutionId)
			.orElseThrow(() -> new InvalidInputException("institutionId", "no institution with id " + institutionId));
		if (readerId != null && this.readerService.find(readerId).isEmpty()) {
			throw new InvalidInputException("readerId", "no reader with id " + readerId);
		}
		requireItem(bookId, chapterId);
		return this.entitlements.save(new Entitlement(institution, readerId, bookId, chapterId, startsOn, endsOn));
	}

	@Transactional(readOnly = true)
	public List<Entitlement> entitlements(long after, int size) {
		return this.entitlements.findByIdGreaterThanOrderByIdAsc(after, this.paging.limit(size));
	}

	public void deleteEntitlement(long id) {
		this.entitlements
			.delete(this.entitlements.findById(id).orElseThrow(() -> new RecordNotFoundException("entitlement", id)));
	}

	/**
	 * Creates a reader account, optionally as a member of an institution.
	 * @throws InvalidInputException naming {@code institutionId} when there is no such
	 * institution, or {@code email} when the address already has an account
	 * @throws IllegalArgumentException when the password breaks the {@link Password}
	 * rules
	 */
	public Reader createReader(String email, String password, Long institutionId, Role role) {
		Password checked = new Password(password);
		if (institutionId != null && this.institutions.findById(institutionId).isEmpty()) {
			throw new InvalidInputException("institutionId", "no institution with id " + institutionId);
		}
		if (role == Role.INSTITUTION_ADMIN && institutionId == null) {
			throw new InvalidInputException("institutionId", "an institution administrator needs an institution");
		}
		try {
			return this.readerService.create(email, checked, (role != null) ? role : Role.READER, institutionId);
		}
		catch (DuplicateEmailException ex) {
			throw new InvalidInputException("email", ex.getMessage());
		}
	}

	@Transactional(readOnly = true)
	public List<Reader> readers(long after, int size) {
		return this.readerService.readers(after, this.paging.limit(size));
	}

	public void deleteReader(long id) {
		if (!this.readerService.delete(id)) {
			throw new RecordNotFoundException("reader", id);
		}
	}

	/**
	 * Sets the access model of a chapter or a publication.
	 * @throws RecordNotFoundException when the item does not exist
	 */
	public AccessService.Policy setAccessModel(boolean chapter, String itemId, AccessModel model, String licence) {
		ItemType type = chapter ? ItemType.CHAPTER : ItemType.PUBLICATION;
		try {
			if (chapter) {
				this.catalogue.chapter(itemId);
			}
			else {
				this.catalogue.book(itemId);
			}
		}
		catch (ChapterNotFoundException | BookNotFoundException ex) {
			throw new RecordNotFoundException(chapter ? "chapter" : "publication", itemId);
		}
		AccessPolicy policy = this.policies.findByItemTypeAndItemId(type, itemId).map((existing) -> {
			existing.change(model, licence);
			return existing;
		}).orElseGet(() -> this.policies.save(new AccessPolicy(type, itemId, model, licence)));
		this.events.publishEvent(new AccessModelChanged(chapter, itemId));
		return new AccessService.Policy(policy.getModel(), policy.getLicence());
	}

	/**
	 * Offers a publication for purchase at a price.
	 * @throws RecordNotFoundException when the publication does not exist
	 * @throws IllegalArgumentException when the amount is not positive or the currency
	 * code is not one
	 */
	public void setPrice(String bookId, BigDecimal amount, String currencyCode) {
		try {
			this.catalogue.book(bookId);
		}
		catch (BookNotFoundException ex) {
			throw new RecordNotFoundException("publication", bookId);
		}
		Currency currency = Currency.getInstance(currencyCode);
		this.options.findByKindAndBookId(AccessOptionKind.PURCHASE, bookId)
			.ifPresentOrElse((option) -> option.reprice(amount, currency),
					() -> this.options.save(new AccessOption(AccessOptionKind.PURCHASE, bookId, amount, currency, 3)));
	}

	/**
	 * Offers a publication for purchase at the price a publisher's record gives: a price
	 * set before is replaced only when {@code replace} is true. Meant for the import of
	 * records just stored, within their transaction.
	 * @return whether the price offered changed
	 * @throws IllegalArgumentException when the amount is not positive or the currency
	 * code is not one
	 */
	public boolean offerAtPrice(String bookId, BigDecimal amount, String currencyCode, boolean replace) {
		Currency currency = Currency.getInstance(currencyCode);
		var existing = this.options.findByKindAndBookId(AccessOptionKind.PURCHASE, bookId);
		if (existing.isEmpty()) {
			this.options.save(new AccessOption(AccessOptionKind.PURCHASE, bookId, amount, currency, 3));
			return true;
		}
		if (!replace || existing.get().isPriced(amount, currency)) {
			return false;
		}
		existing.get().reprice(amount, currency);
		return true;
	}

	private void requireItem(String bookId, String chapterId) {
		try {
			if (chapterId != null) {
				this.catalogue.chapter(chapterId);
			}
			else {
				this.catalogue.book(bookId);
			}
		}
		catch (ChapterNotFoundException ex) {
			throw new InvalidInputException("chapterId", "no chapter with id " + chapterId);
		}
		catch (BookNotFoundException ex) {
			throw new InvalidInputException("publicationId", "no publication with id " + bookId);
		}
	}

}
