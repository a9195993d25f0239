package org.colophon.access;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.colophon.access.AccessPolicy.ItemType;
import org.colophon.account.DuplicateEmailException;
import org.colophon.account.Password;
import org.colophon.account.Reader;
import org.colophon.account.ReaderService;
import org.colophon.account.Role;
import org.colophon.catalogue.BookInfo;
import org.colophon.catalogue.BookNotFoundException;
import org.colophon.catalogue.CatalogueService;
import org.colophon.catalogue.ChapterNotFoundException;
import org.colophon.system.KeysetPage;
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

	/**
	 * The institution with its ranges, for the admin's page of it.
	 * @throws RecordNotFoundException when there is none
	 */
	@Transactional(readOnly = true)
	public InstitutionEntry institution(long id) {
		return InstitutionEntry.of(find(id));
	}

	/**
	 * Adds an address range (CIDR, the same rules as the admin API's) to an institution.
	 * @throws RecordNotFoundException when there is no such institution
	 * @throws InvalidInputException naming {@code range} when it is not a valid range,
	 * the institution has it already, or has as many as it may
	 */
	public InstitutionEntry addRange(long institutionId, String cidr) {
		Institution institution = find(institutionId);
		try {
			institution.addRange(IpRange.parse(cidr));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("range", ex.getMessage());
		}
		return InstitutionEntry.of(institution);
	}

	/**
	 * Removes an address range, given as the institution lists it.
	 * @throws RecordNotFoundException when there is no such institution or it has no such
	 * range
	 */
	public InstitutionEntry removeRange(long institutionId, String cidr) {
		Institution institution = find(institutionId);
		if (!institution.removeRange(cidr)) {
			throw new RecordNotFoundException("range of institution " + institutionId, cidr);
		}
		return InstitutionEntry.of(institution);
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

	/**
	 * A page of an institution's entitlements, whatever their dates, in id order after
	 * the one whose id is the cursor ({@code null} for the first page), each with the
	 * title of what it covers.
	 * @throws RecordNotFoundException when there is no such institution
	 */
	@Transactional(readOnly = true)
	public KeysetPage<EntitlementEntry> entitlementsOf(long institutionId, String after, int size) {
		find(institutionId);
		long afterId = parseCursor(after);
		KeysetPage<Entitlement> page = this.paging.page(size, (limit) -> this.entitlements
			.findByInstitutionIdAndIdGreaterThanOrderByIdAsc(institutionId, afterId, limit),
				(entitlement) -> entitlement.getId().toString());
		Map<String, String> titles = new HashMap<>();
		this.catalogue
			.books(page.items().stream().map(Entitlement::getBookId).filter(Objects::nonNull).distinct().toList())
			.forEach((book) -> titles.put(book.id(), book.title()));
		page.items()
			.stream()
			.map(Entitlement::getChapterId)
			.filter(Objects::nonNull)
			.distinct()
			// A chapter no longer in the catalogue is listed by its id alone.
			.filter(this.catalogue::hasChapter)
			.forEach((id) -> titles.put(id, this.catalogue.chapter(id).title()));
		return page.map((entitlement) -> EntitlementEntry.of(entitlement,
				titles.get((entitlement.getBookId() != null) ? entitlement.getBookId() : entitlement.getChapterId())));
	}

	/**
	 * Grants an institution a publication, found by its public id, DOI or ISBN, perpetual
	 * or for a date range.
	 * @throws RecordNotFoundException when there is no such institution
	 * @throws InvalidInputException naming {@code publicationId} when no publication has
	 * that id, DOI or ISBN, or {@code endsOn} when the range ends before it starts
	 */
	public Entitlement grant(long institutionId, String publication, LocalDate startsOn, LocalDate endsOn) {
		find(institutionId);
		BookInfo book = findPublication(publication)
			.orElseThrow(() -> new InvalidInputException("publicationId", "no publication with id " + publication));
		if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
			throw new InvalidInputException("endsOn", "must not be before startsOn");
		}
		return createEntitlement(institutionId, null, book.id(), null, startsOn, endsOn);
	}

	/**
	 * Revokes one of an institution's entitlements.
	 * @throws RecordNotFoundException when the institution holds no entitlement with that
	 * id
	 */
	public void revoke(long institutionId, long entitlementId) {
		Entitlement entitlement = this.entitlements.findById(entitlementId)
			.filter((found) -> found.getInstitution() != null && found.getInstitution().getId() == institutionId)
			.orElseThrow(() -> new RecordNotFoundException("entitlement", entitlementId));
		this.entitlements.delete(entitlement);
	}

	/**
	 * The publication with this public id, DOI or ISBN, tried in that order; empty when
	 * there is none.
	 */
	@Transactional(readOnly = true)
	public Optional<BookInfo> findPublication(String reference) {
		if (reference == null || reference.isBlank()) {
			return Optional.empty();
		}
		String text = reference.strip();
		return this.catalogue.books(List.of(text))
			.stream()
			.findFirst()
			.or(() -> this.catalogue.bookByDoi(text))
			.or(() -> this.catalogue.bookByIsbn(text));
	}

	/**
	 * A publication's access model and price as an admin set them ({@code null} where
	 * none was set).
	 * @throws RecordNotFoundException when the publication does not exist
	 */
	@Transactional(readOnly = true)
	public PublicationSettings publicationSettings(String bookId) {
		BookInfo book;
		try {
			book = this.catalogue.book(bookId);
		}
		catch (BookNotFoundException ex) {
			throw new RecordNotFoundException("publication", bookId);
		}
		Optional<AccessPolicy> policy = this.policies.findByItemTypeAndItemId(ItemType.PUBLICATION, bookId);
		Optional<AccessOption> price = this.options.findByKindAndBookId(AccessOptionKind.PURCHASE, bookId);
		return new PublicationSettings(book, policy.map(AccessPolicy::getModel).orElse(null),
				policy.map(AccessPolicy::getLicence).orElse(null), price.map(AccessOption::getPrice).orElse(null),
				price.map(AccessOption::getCurrency).orElse(null));
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

	/**
	 * A page of readers whose e-mail address starts with the given text (all readers when
	 * it is blank), in id order after the one whose id is the cursor.
	 */
	@Transactional(readOnly = true)
	public KeysetPage<Reader> readers(String email, String after, int size) {
		long afterId = parseCursor(after);
		return this.paging.page(size,
				(limit) -> (email == null || email.isBlank()) ? this.readerService.readers(afterId, limit)
						: this.readerService.readersByEmail(email, afterId, limit),
				(reader) -> reader.getId().toString());
	}

	/**
	 * The reader with this id.
	 * @throws RecordNotFoundException when there is none
	 */
	@Transactional(readOnly = true)
	public Reader reader(long id) {
		return this.readerService.find(id).orElseThrow(() -> new RecordNotFoundException("reader", id));
	}

	/**
	 * Gives a reader another role and, optionally, membership of an institution.
	 * @throws RecordNotFoundException when there is no such reader
	 * @throws InvalidInputException naming {@code institutionId} when there is no such
	 * institution or an institution administrator would have none
	 */
	public Reader changeRole(long id, Role role, Long institutionId) {
		return changeRole(null, id, role, institutionId);
	}

	/**
	 * Gives a reader another role, as {@link #changeRole(long, Role, Long)}, on behalf of
	 * a signed-in admin, who cannot change their own role this way (and so lock
	 * themselves out).
	 * @throws InvalidInputException naming {@code role} when the admin is that reader
	 */
	public Reader changeRole(Long actingReaderId, long id, Role role, Long institutionId) {
		if (actingReaderId != null && actingReaderId == id) {
			throw new InvalidInputException("role", "cannot be changed on your own account");
		}
		if (institutionId != null && this.institutions.findById(institutionId).isEmpty()) {
			throw new InvalidInputException("institutionId", "no institution with id " + institutionId);
		}
		if (role == Role.INSTITUTION_ADMIN && institutionId == null) {
			throw new InvalidInputException("institutionId", "an institution administrator needs an institution");
		}
		return this.readerService.changeRole(id, role, institutionId)
			.orElseThrow(() -> new RecordNotFoundException("reader", id));
	}

	/**
	 * Deletes a reader's account on behalf of a signed-in admin, who cannot delete their
	 * own.
	 * @throws RecordNotFoundException when there is no such reader
	 * @throws InvalidInputException naming {@code id} when the admin is that reader
	 */
	public void deleteReader(Long actingReaderId, long id) {
		if (actingReaderId != null && actingReaderId == id) {
			throw new InvalidInputException("id", "cannot delete your own account");
		}
		deleteReader(id);
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

	private Institution find(long id) {
		return this.institutions.findById(id).orElseThrow(() -> new RecordNotFoundException("institution", id));
	}

	/**
	 * The id a keyset cursor names; a cursor that is not one starts at the beginning.
	 */
	private static long parseCursor(String after) {
		if (after == null || !after.matches("\\d{1,18}")) {
			return 0;
		}
		return Long.parseLong(after);
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

	/** An institution with its address ranges, as the admin pages show it. */
	public record InstitutionEntry(long id, String name, List<String> ipRanges) {

		static InstitutionEntry of(Institution institution) {
			return new InstitutionEntry(institution.getId(), institution.getName(),
					institution.getRanges().stream().map(IpRange::cidr).toList());
		}

	}

	/**
	 * One entitlement of an institution: a publication or a chapter (exactly one), its
	 * title when known, and the days it is in force (either end open when {@code null}).
	 */
	public record EntitlementEntry(long id, String bookId, String chapterId, String title, LocalDate startsOn,
			LocalDate endsOn) {

		static EntitlementEntry of(Entitlement entitlement, String title) {
			return new EntitlementEntry(entitlement.getId(), entitlement.getBookId(), entitlement.getChapterId(), title,
					entitlement.getStartsOn(), entitlement.getEndsOn());
		}

	}

	/**
	 * A publication with the access model and price an admin set on it; {@code model}
	 * {@code null} when its chapters follow their captures, {@code price} {@code null}
	 * when it is not for sale.
	 */
	public record PublicationSettings(BookInfo book, AccessModel model, String licence, BigDecimal price,
			String currency) {
	}

}
