package org.colophon.library;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.colophon.access.HoldingsService;
import org.colophon.access.HoldingsService.Holding;
import org.colophon.access.HoldingsService.InstitutionSummary;
import org.colophon.access.RangeRequestService;
import org.colophon.access.RangeRequestService.RangeRequest;
import org.colophon.catalogue.BookInfo;
import org.colophon.catalogue.CatalogueService;
import org.colophon.catalogue.ChapterNotFoundException;
import org.colophon.links.Links;
import org.springframework.stereotype.Component;

/**
 * Assembles the institution administrator's page: the institution's ranges, a page of its
 * entitlements with the titles they cover, its download links and its range requests.
 */
@Component
class InstitutionPage {

	static final int ENTITLEMENTS_PER_PAGE = 50;

	static final int REQUESTS_SHOWN = 10;

	private final HoldingsService holdings;

	private final CatalogueService catalogue;

	private final RangeRequestService requests;

	InstitutionPage(HoldingsService holdings, CatalogueService catalogue, RangeRequestService requests) {
		this.holdings = holdings;
		this.catalogue = catalogue;
		this.requests = requests;
	}

	InstitutionView view(InstitutionSummary institution, long after) {
		List<Holding> page = this.holdings.entitlements(institution.id(), after, ENTITLEMENTS_PER_PAGE);
		Map<String, BookInfo> books = this.catalogue
			.books(page.stream().map(Holding::bookId).filter((id) -> id != null).toList())
			.stream()
			.collect(Collectors.toMap(BookInfo::id, Function.identity()));
		List<EntitlementView> entitlements = page.stream().map((holding) -> entitlement(holding, books)).toList();
		Long next = (page.size() == ENTITLEMENTS_PER_PAGE) ? page.get(page.size() - 1).id() : null;
		return new InstitutionView(institution.id(), institution.name(), institution.ipRanges(), entitlements, next,
				Links.kbart(institution.id()), Links.marc(institution.id(), "xml", false),
				Links.marc(institution.id(), "mrc", false), Links.marc(institution.id(), "xml", true),
				Links.marc(institution.id(), "mrc", true),
				this.requests.ofInstitution(institution.id(), REQUESTS_SHOWN));
	}

	private EntitlementView entitlement(Holding holding, Map<String, BookInfo> books) {
		if (holding.bookId() != null) {
			BookInfo book = books.get(holding.bookId());
			return new EntitlementView((book != null) ? book.details().fullTitle() : holding.bookId(),
					(book != null) ? Links.book(book) : null, false, holding.startsOn(), holding.endsOn());
		}
		try {
			var chapter = this.catalogue.chapter(holding.chapterId());
			return new EntitlementView(chapter.title(), Links.chapter(chapter), true, holding.startsOn(),
					holding.endsOn());
		}
		catch (ChapterNotFoundException ex) {
			return new EntitlementView(holding.chapterId(), null, true, holding.startsOn(), holding.endsOn());
		}
	}

	/**
	 * What the page shows; {@code nextAfter} is the cursor of the next page of
	 * entitlements, {@code null} on the last.
	 */
	record InstitutionView(long id, String name, List<String> ipRanges, List<EntitlementView> entitlements,
			Long nextAfter, String kbart, String marcXml, String marcMrc, String marcXmlWithChapters,
			String marcMrcWithChapters, List<RangeRequest> requests) {
	}

	/**
	 * One entitlement: the title it covers (a chapter or a book), a link to it when it
	 * still exists, and its days ({@code null} for an open end).
	 */
	record EntitlementView(String title, String link, boolean chapter, LocalDate startsOn, LocalDate endsOn) {
	}

}
