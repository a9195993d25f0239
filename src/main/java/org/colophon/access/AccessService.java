package org.colophon.access;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.colophon.access.AccessPolicy.ItemType;
import org.colophon.catalogue.ChapterInfo;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides, for a chapter and a viewer, whether the full text is theirs and why.
 * <p>
 * The rules, in order: the chapter's access model (its own policy, else its publication's, else what
 * its capture said: "Get access" means restricted, otherwise free); open access and free content are
 * granted to everyone; restricted content is granted on an entitlement in force today, held by an
 * institution whose address range holds the viewer's address or to which the signed-in reader
 * belongs (basis {@code INSTITUTION}), or held by the reader (basis {@code PERSONAL}); an entitlement
 * to the publication covers all its chapters. Otherwise it is denied, with the options that could
 * help.
 */
@Service
@Transactional(readOnly = true)
public class AccessService {

	private final AccessPolicyRepository policies;

	private final InstitutionRepository institutions;

	private final ReaderRepository readers;

	private final EntitlementRepository entitlements;

	private final AccessOptionRepository options;

	private final ContentFileRepository contentFiles;

	private final MessageSource messages;

	private final Clock clock;

	AccessService(AccessPolicyRepository policies, InstitutionRepository institutions, ReaderRepository readers,
			EntitlementRepository entitlements, AccessOptionRepository options, ContentFileRepository contentFiles,
			MessageSource messages, Clock clock) {
		this.policies = policies;
		this.institutions = institutions;
		this.readers = readers;
		this.entitlements = entitlements;
		this.options = options;
		this.contentFiles = contentFiles;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * The access decision for this viewer on this chapter.
	 */
	public AccessDecision decide(ChapterInfo chapter, Viewer viewer) {
		return resolve(chapter, viewer).decision();
	}

	/**
	 * The chapter's access model and licence, after policies set on it or its publication.
	 */
	public Policy policyOf(ChapterInfo chapter) {
		Optional<AccessPolicy> set = this.policies.findByItemTypeAndItemId(ItemType.CHAPTER, chapter.id())
			.or(() -> this.policies.findByItemTypeAndItemId(ItemType.PUBLICATION, chapter.publication().id()));
		if (set.isPresent()) {
			return new Policy(set.get().getModel(), set.get().getLicence());
		}
		return new Policy(chapter.details().accessRequired() ? AccessModel.RESTRICTED : AccessModel.FREE, null);
	}

	Resolution resolve(ChapterInfo chapter, Viewer viewer) {
		Policy policy = policyOf(chapter);
		if (policy.model() == AccessModel.OPEN_ACCESS) {
			return new Resolution(AccessDecision.granted(AccessBasis.OPEN_ACCESS, null, policy.licence(),
					formatsOf(chapter)), null);
		}
		if (policy.model() == AccessModel.FREE) {
			return new Resolution(AccessDecision.granted(AccessBasis.FREE, null, null, formatsOf(chapter)), null);
		}
		LocalDate today = LocalDate.now(this.clock);
		Reader reader = (viewer.readerId() != null) ? this.readers.findById(viewer.readerId()).orElse(null) : null;
		List<Long> institutionIds = new ArrayList<>();
		this.institutions.findByAddress(IpRange.hexOf(viewer.address()))
			.forEach((institution) -> institutionIds.add(institution.getId()));
		if (reader != null && reader.getInstitution() != null) {
			institutionIds.add(reader.getInstitution().getId());
		}
		if (!institutionIds.isEmpty()) {
			for (Entitlement entitlement : this.entitlements.findForInstitutions(institutionIds, chapter.id(),
					chapter.publication().id())) {
				if (entitlement.isActiveOn(today)) {
					Institution institution = entitlement.getInstitution();
					return new Resolution(AccessDecision.granted(AccessBasis.INSTITUTION, institution.getName(), null,
							formatsOf(chapter)), institution.getId());
				}
			}
		}
		if (reader != null) {
			for (Entitlement entitlement : this.entitlements.findForReader(reader.getId(), chapter.id(),
					chapter.publication().id())) {
				if (entitlement.isActiveOn(today)) {
					return new Resolution(AccessDecision.granted(AccessBasis.PERSONAL, null, null, formatsOf(chapter)),
							null);
				}
			}
		}
		return new Resolution(AccessDecision.denied(offeredOptions(chapter, reader)), null);
	}

	private List<ContentFormat> formatsOf(ChapterInfo chapter) {
		return this.contentFiles.findByChapterIdOrderByFormat(chapter.id()).stream().map(ContentFile::getFormat).toList();
	}

	private List<OfferedOption> offeredOptions(ChapterInfo chapter, Reader reader) {
		Locale locale = LocaleContextHolder.getLocale();
		List<OfferedOption> offered = new ArrayList<>();
		for (AccessOption option : this.options.findApplicable(chapter.publication().id())) {
			AccessOptionKind kind = option.getKind();
			boolean useful = switch (kind) {
				case LOG_IN -> reader == null;
				case INSTITUTIONAL_LOG_IN -> reader == null || reader.getInstitution() == null;
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

	/** A chapter's effective access model and its licence when open access. */
	public record Policy(AccessModel model, String licence) {
	}

	/** A decision together with the institution that provided access, for usage records. */
	record Resolution(AccessDecision decision, Long institutionId) {
	}

}
