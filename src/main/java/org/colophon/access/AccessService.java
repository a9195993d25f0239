package org.colophon.access;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.colophon.access.AccessPolicy.ItemType;
import org.colophon.account.Reader;
import org.colophon.account.ReaderService;
import org.colophon.catalogue.ChapterInfo;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides, for a chapter and a viewer, whether the full text is theirs and why.
 * <p>
 * The rules, in order: the chapter's access model (its own policy, else its
 * publication's, else what its capture said: "Get access" means restricted, otherwise
 * free); open access and free content are granted to everyone; restricted content is
 * granted on an entitlement in force today, held by an institution whose address range
 * holds the viewer's address or to which the signed-in reader belongs (basis
 * {@code INSTITUTION}), or held by the reader (basis {@code PERSONAL}); an entitlement to
 * the publication covers all its chapters. Otherwise it is denied, with the options that
 * could help.
 */
@Service
@Transactional(readOnly = true)
public class AccessService {

	private final AccessPolicyRepository policies;

	private final InstitutionRanges ranges;

	private final ReaderService readers;

	private final EntitlementRepository entitlements;

	private final AccessOptionRepository options;

	private final MessageSource messages;

	private final Clock clock;

	AccessService(AccessPolicyRepository policies, InstitutionRanges ranges, ReaderService readers,
			EntitlementRepository entitlements, AccessOptionRepository options, MessageSource messages, Clock clock) {
		this.policies = policies;
		this.ranges = ranges;
		this.readers = readers;
		this.entitlements = entitlements;
		this.options = options;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * The chapter's access model and licence, after policies set on it or its
	 * publication.
	 */
	public Policy policyOf(ChapterInfo chapter) {
		Optional<AccessPolicy> set = policySet(chapter.id(), chapter.book().id());
		if (set.isPresent()) {
			return new Policy(set.get().getModel(), set.get().getLicence());
		}
		return new Policy(chapter.details().accessRequired() ? AccessModel.RESTRICTED : AccessModel.FREE, null);
	}

	/**
	 * The chapter's access model, after policies set on it or its publication, for a
	 * caller that has only the chapter's identifiers and what its capture said (the
	 * search index, for one).
	 */
	public AccessModel modelOf(String chapterId, String bookId, boolean accessRequired) {
		return policySet(chapterId, bookId).map(AccessPolicy::getModel)
			.orElse(accessRequired ? AccessModel.RESTRICTED : AccessModel.FREE);
	}

	/**
	 * The policy set on the chapter, else the one set on its publication: two look-ups on
	 * the unique index (one query with {@code or} makes H2 read the whole table).
	 */
	private Optional<AccessPolicy> policySet(String chapterId, String bookId) {
		return this.policies.findUnflushed(ItemType.CHAPTER, chapterId)
			.or(() -> this.policies.findUnflushed(ItemType.PUBLICATION, bookId));
	}

	/**
	 * The publications and chapters that this viewer holds an entitlement in force today
	 * to, through an institution (by address or membership) or personally; restricted
	 * items among them are available to the viewer.
	 */
	public Entitled entitledItems(Viewer viewer) {
		LocalDate today = LocalDate.now(this.clock);
		Reader reader = (viewer.readerId() != null) ? this.readers.find(viewer.readerId()).orElse(null) : null;
		List<Long> institutionIds = new ArrayList<>();
		institutionIds.addAll(this.ranges.institutionsAt(viewer.address()));
		if (reader != null && reader.getInstitutionId() != null) {
			institutionIds.add(reader.getInstitutionId());
		}
		List<Entitlement> held = new ArrayList<>();
		if (!institutionIds.isEmpty()) {
			held.addAll(this.entitlements.findAllForInstitutions(institutionIds));
		}
		if (reader != null) {
			held.addAll(this.entitlements.findByReaderIdOrderByIdAsc(reader.getId()));
		}
		Set<String> books = new TreeSet<>();
		Set<String> chapters = new TreeSet<>();
		for (Entitlement entitlement : held) {
			if (entitlement.isActiveOn(today)) {
				if (entitlement.getBookId() != null) {
					books.add(entitlement.getBookId());
				}
				else {
					chapters.add(entitlement.getChapterId());
				}
			}
		}
		return new Entitled(books, chapters);
	}

	/**
	 * The ids, in ascending order, of the institutions whose address ranges hold the
	 * viewer's address (from memory, kept in step with every change): with the record and
	 * access versions, all that an anonymous viewer's decisions depend on.
	 */
	public List<Long> institutionsAt(Viewer viewer) {
		return this.ranges.institutionsAt(viewer.address());
	}

	/**
	 * The access decision for this viewer on this chapter.
	 */
	public AccessDecision decide(ChapterInfo chapter, Viewer viewer) {
		Policy policy = policyOf(chapter);
		if (policy.model() == AccessModel.OPEN_ACCESS) {
			return AccessDecision.granted(AccessBasis.OPEN_ACCESS, null, null, policy.licence());
		}
		if (policy.model() == AccessModel.FREE) {
			return AccessDecision.granted(AccessBasis.FREE, null, null, null);
		}
		LocalDate today = LocalDate.now(this.clock);
		Reader reader = (viewer.readerId() != null) ? this.readers.find(viewer.readerId()).orElse(null) : null;
		List<Long> institutionIds = new ArrayList<>();
		institutionIds.addAll(this.ranges.institutionsAt(viewer.address()));
		if (reader != null && reader.getInstitutionId() != null) {
			institutionIds.add(reader.getInstitutionId());
		}
		if (!institutionIds.isEmpty()) {
			for (Entitlement entitlement : this.entitlements.findForInstitutions(institutionIds, chapter.id(),
					chapter.book().id())) {
				if (entitlement.isActiveOn(today)) {
					Institution institution = entitlement.getInstitution();
					return AccessDecision.granted(AccessBasis.INSTITUTION, institution.getName(), institution.getId(),
							null);
				}
			}
		}
		if (reader != null) {
			for (Entitlement entitlement : this.entitlements.findForReader(reader.getId(), chapter.id(),
					chapter.book().id())) {
				if (entitlement.isActiveOn(today)) {
					return AccessDecision.granted(AccessBasis.PERSONAL, null, null, null);
				}
			}
		}
		return AccessDecision.denied(offeredOptions(chapter, reader));
	}

	/**
	 * The institution a viewer belongs to (as a signed-in member) or else comes from (by
	 * address range), whether or not it holds any entitlement: the customer whose usage
	 * reports count the viewer's requests.
	 */
	public Optional<Long> institutionOf(Viewer viewer) {
		if (viewer.readerId() != null) {
			Optional<Long> member = this.readers.find(viewer.readerId()).map(Reader::getInstitutionId);
			if (member.isPresent()) {
				return member;
			}
		}
		return this.ranges.institutionsAt(viewer.address()).stream().findFirst();
	}

	private List<OfferedOption> offeredOptions(ChapterInfo chapter, Reader reader) {
		Locale locale = LocaleContextHolder.getLocale();
		List<OfferedOption> offered = new ArrayList<>();
		for (AccessOption option : this.options.findApplicable(chapter.book().id())) {
			AccessOptionKind kind = option.getKind();
			boolean useful = switch (kind) {
				case LOG_IN -> reader == null;
				case INSTITUTIONAL_LOG_IN -> reader == null || reader.getInstitutionId() == null;
				case PURCHASE -> true;
			};
			if (useful) {
				offered.add(offer(option, locale));
			}
		}
		return offered;
	}

	private OfferedOption offer(AccessOption option, Locale locale) {
		String prefix = "access.option." + option.getKind().name();
		Object[] arguments = {};
		if (option.getKind() == AccessOptionKind.PURCHASE) {
			NumberFormat format = NumberFormat.getCurrencyInstance(locale);
			format.setCurrency(Currency.getInstance(option.getCurrency()));
			arguments = new Object[] { format.format(option.getPrice()) };
		}
		return new OfferedOption(option.getKind(), this.messages.getMessage(prefix + ".label", arguments, locale),
				this.messages.getMessage(prefix + ".description", arguments, locale), option.getPrice(),
				option.getCurrency());
	}

	/** The public ids of the publications and chapters a viewer is entitled to. */
	public record Entitled(Set<String> bookIds, Set<String> chapterIds) {

		public Entitled {
			bookIds = Set.copyOf(bookIds);
			chapterIds = Set.copyOf(chapterIds);
		}

	}

	/** A chapter's effective access model and its licence when open access. */
	public record Policy(AccessModel model, String licence) {
	}

}
