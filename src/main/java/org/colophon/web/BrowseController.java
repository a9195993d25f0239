package org.colophon.web;

import java.util.List;

import org.colophon.catalogue.BookWithChapters;
import org.colophon.catalogue.CatalogueService;
import org.colophon.links.Links;
import org.colophon.search.SearchService;
import org.colophon.system.KeysetPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Browsing without a query: books A to Z (a keyset page at a time), and the print-year
 * ranges and publishers with how many chapters each has, each leading to those chapters
 * by title.
 */
@Controller
class BrowseController {

	private static final int PAGE_SIZE = 50;

	private static final int PUBLISHERS = 200;

	private final CatalogueService catalogue;

	private final SearchService search;

	BrowseController(CatalogueService catalogue, SearchService search) {
		this.catalogue = catalogue;
		this.search = search;
	}

	@GetMapping(Links.BROWSE_TITLES)
	String listTitles(@RequestParam(required = false) String after, Model model) {
		KeysetPage<BookWithChapters> page = this.catalogue.booksByTitle(after, PAGE_SIZE);
		model.addAttribute("books", page.items().stream().map((book) -> BookView.of(book.book(), List.of())).toList());
		model.addAttribute("next", page.nextCursor());
		model.addAttribute("view", "titles");
		return "browse/titles";
	}

	@GetMapping(Links.BROWSE_YEARS)
	String listYears(Model model) {
		return listFacet(SearchService.FACET_YEAR, "years", model);
	}

	@GetMapping(Links.BROWSE_PUBLISHERS)
	String listPublishers(Model model) {
		return listFacet(SearchService.FACET_PUBLISHER, "publishers", model);
	}

	private String listFacet(String facet, String view, Model model) {
		boolean publishers = facet.equals(SearchService.FACET_PUBLISHER);
		model.addAttribute("entries", this.search.browse(facet, PUBLISHERS).stream().map((value) -> {
			List<String> chosen = List.of(value.value());
			SearchForm form = new SearchForm("", List.of(), publishers ? chosen : List.of(),
					publishers ? List.of() : chosen, List.of(), null, "title", null, null);
			return new BrowseEntry(value.value(), value.count(), form.url(Links.SEARCH));
		}).toList());
		model.addAttribute("view", view);
		return "browse/facet";
	}

	/** A year range or publisher, its number of chapters, and where they are listed. */
	record BrowseEntry(String name, long count, String url) {
	}

}
