package org.colophon.access;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.colophon.access.AccessPolicy.ItemType;
import org.colophon.catalogue.CatalogueService;
import org.colophon.system.KeysetPaging;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an institution holds, and what anyone may read, as title lists, library records
 * and an institution's own pages describe it.
 */
@Service
@Transactional(readOnly = true)
public class HoldingsService {

	private final InstitutionRepository institutions;

	private final EntitlementRepository entitlements;

	private final AccessPolicyRepository policies;

	private final CatalogueService catalogue;

	private final KeysetPaging paging;

	private final Clock clock;

	HoldingsService(InstitutionRepository institutions, EntitlementRepository entitlements,
			AccessPolicyRepository policies, CatalogueService catalogue, KeysetPaging paging, Clock clock) {
		this.institutions = institutions;
		this.entitlements = entitlements;
		this.policies = policies;
		this.catalogue = catalogue;
		this.paging = paging;
		this.clock = clock;
	}

	/**
	 * The institution with this id, with its address ranges.
	 */
	public Optional<InstitutionSummary> institution(long id) {
		return this.institutions.findById(id)
			.map((institution) -> new InstitutionSummary(institution.getId(), institution.getName(),
					institution.getRanges().stream().map(IpRange::cidr).toList()));
	}

	/**
	 * A page of the institution's entitlements, whatever their dates, in id order after
	 * the given id.
	 */
	public List<Holding> entitlements(long institutionId, long after, int size) {
		return this.entitlements
			.findByInstitutionIdAndIdGreaterThanOrderByIdAsc(institutionId, after, this.paging.limit(size))
			.stream()
			.map(Holding::of)
			.toList();
	}

	/**
	 * A page of the institution's entitlements in force today, in id order after the
	 * given id.
	 */
	public List<Holding> entitlementsInForce(long institutionId, long after, int size) {
		return this.entitlements.findInForce(institutionId, LocalDate.now(this.clock), after, this.paging.limit(size))
			.stream()
			.map(Holding::of)
			.toList();
	}

	/**
	 * Which of these publications anyone may read without an entitlement: those an
	 * administrator made open access or free, and those without a model of their own none
	 * of whose chapters' sources asks for access. (A model set on one chapter does not
	 * change what its publication is, as a title list describes it.)
	 */
	public Set<String> freeToRead(Collection<String> bookIds) {
		if (bookIds.isEmpty()) {
			return Set.of();
		}
		Map<String, AccessModel> set = this.policies.findByItemTypeAndItemIdIn(ItemType.PUBLICATION, bookIds)
			.stream()
			.collect(Collectors.toMap(AccessPolicy::getItemId, AccessPolicy::getModel));
		Set<String> restricted = this.catalogue
			.booksRequiringAccess(bookIds.stream().filter((id) -> !set.containsKey(id)).toList());
		return bookIds.stream()
			.filter((id) -> set.containsKey(id) ? set.get(id) != AccessModel.RESTRICTED : !restricted.contains(id))
			.collect(Collectors.toUnmodifiableSet());
	}

	/**
	 * An institution as its own pages show it.
	 */
	public record InstitutionSummary(long id, String name, List<String> ipRanges) {
	}

	/**
	 * One entitlement of an institution: a publication or a chapter (exactly one), and
	 * the days it is in force (either end open when {@code null}).
	 */
	public record Holding(long id, String bookId, String chapterId, LocalDate startsOn, LocalDate endsOn) {

		static Holding of(Entitlement entitlement) {
			return new Holding(entitlement.getId(), entitlement.getBookId(), entitlement.getChapterId(),
					entitlement.getStartsOn(), entitlement.getEndsOn());
		}

	}

}
