package org.colophon.library;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.colophon.access.HoldingsService;
import org.colophon.access.HoldingsService.Holding;
import org.colophon.catalogue.BookInfo;
import org.colophon.catalogue.CatalogueService;
import org.colophon.system.KeysetPage;
import org.springframework.stereotype.Component;

/**
 * Walks the titles of a list page by page, each page read in its own short transaction,
 * so that a list of the whole catalogue is written while it is read and never held whole.
 */
@Component
class Titles {

	/** As many as a page may hold; the paging keeps it within the configured maximum. */
	private static final int PAGE = Integer.MAX_VALUE;

	/** How many ids one look-up names at most. */
	private static final int BATCH = 100;

	private final CatalogueService catalogue;

	private final HoldingsService holdings;

	Titles(CatalogueService catalogue, HoldingsService holdings) {
		this.catalogue = catalogue;
		this.holdings = holdings;
	}

	/**
	 * Hands every book of the platform to the sink, a page at a time, in the order they
	 * were added.
	 */
	void all(Consumer<List<Title>> sink) {
		String after = null;
		do {
			KeysetPage<BookInfo> page = this.catalogue.books(after, PAGE);
			Set<String> free = this.holdings.freeToRead(page.items().stream().map(BookInfo::id).toList());
			sink.accept(page.items()
				.stream()
				.map((book) -> new Title(book, true, Set.of(), free.contains(book.id())))
				.toList());
			after = page.nextCursor();
		}
		while (after != null);
	}

	/**
	 * Hands the books the institution is entitled to today to the sink, a page at a time:
	 * whole when an entitlement covers the book, else with the chapters entitled.
	 */
	void of(long institutionId, Consumer<List<Title>> sink) {
		Map<String, Set<String>> selection = selection(institutionId);
		List<String> ids = new ArrayList<>(selection.keySet());
		for (int from = 0; from < ids.size(); from += BATCH) {
			List<String> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
			Set<String> free = this.holdings.freeToRead(batch);
			sink.accept(this.catalogue.books(batch)
				.stream()
				.map((book) -> new Title(book, selection.get(book.id()).isEmpty(), selection.get(book.id()),
						free.contains(book.id())))
				.toList());
		}
	}

	/**
	 * The entitled books by id, each with the chapters entitled, or none when the whole
	 * book is. Bounded by the institution's entitlements, read a page at a time.
	 */
	private Map<String, Set<String>> selection(long institutionId) {
		Map<String, Set<String>> selection = new LinkedHashMap<>();
		long after = 0;
		List<Holding> page;
		do {
			page = this.holdings.entitlementsInForce(institutionId, after, PAGE);
			List<String> chapterIds = page.stream().map(Holding::chapterId).filter((id) -> id != null).toList();
			Map<String, String> bookOfChapter = this.catalogue.bookIdsOfChapters(chapterIds);
			for (Holding holding : page) {
				if (holding.bookId() != null) {
					selection.put(holding.bookId(), Set.of());
				}
				else if (bookOfChapter.containsKey(holding.chapterId())) {
					Set<String> chapters = selection.get(bookOfChapter.get(holding.chapterId()));
					if (chapters == null) {
						selection.put(bookOfChapter.get(holding.chapterId()),
								new LinkedHashSet<>(List.of(holding.chapterId())));
					}
					else if (!chapters.isEmpty()) {
						// An empty set stands for the whole book, which holds the chapter
						// already.
						chapters.add(holding.chapterId());
					}
				}
				after = holding.id();
			}
		}
		while (!page.isEmpty());
		return selection;
	}

}
