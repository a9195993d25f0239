package org.colophon.web;

import java.util.List;

import org.colophon.catalogue.BookInfo;
import org.colophon.catalogue.BookWithChapters;
import org.colophon.catalogue.CatalogueService;
import org.colophon.catalogue.PublisherCount;
import org.colophon.catalogue.PublisherNotFoundException;
import org.colophon.links.Links;
import org.colophon.links.NameSegments;
import org.colophon.system.KeysetPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Browsing without a query: books A to Z, the print years and the publishers with how
 * many books each has, and the books of one year or one publisher A to Z. Every list of
 * books, and the list of publishers, is a keyset page with its cursor in {@code after}.
 */
@Controller
class BrowseController {

	private static final int PAGE_SIZE = 50;

	private static final int PUBLISHERS_PAGE_SIZE = 100;

	private final CatalogueService catalogue;

	BrowseController(CatalogueService catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping(Links.BROWSE_TITLES)
	String listTitles(@RequestParam(required = false) String after, Model model) {
		KeysetPage<BookWithChapters> page = this.catalogue.booksByTitle(after, PAGE_SIZE);
		model.addAttribute("books", page.items().stream().map((book) -> BookView.of(book.book(), List.of())).toList());
		model.addAttribute("next", (page.nextCursor() != null) ? Links.browseTitles(page.nextCursor()) : null);
		model.addAttribute("view", "titles");
		return "browse/titles";
	}

	@GetMapping(Links.BROWSE_YEARS)
	String listYears(Model model) {
		model.addAttribute("entries",
				this.catalogue.printYears()
					.stream()
					.map((year) -> new BrowseEntry(String.valueOf(year.year()), year.books(),
							Links.browseYear(year.year(), null)))
					.toList());
		model.addAttribute("next", null);
		model.addAttribute("view", "years");
		return "browse/facet";
	}

	@GetMapping(Links.BROWSE_YEAR)
	String listYear(@PathVariable int year, @RequestParam(required = false) String after, Model model) {
		KeysetPage<BookInfo> page = this.catalogue.booksOfYear(year, after, PAGE_SIZE);
		model.addAttribute("year", year);
		model.addAttribute("next", (page.nextCursor() != null) ? Links.browseYear(year, page.nextCursor()) : null);
		return books(page, "year", model);
	}

	@GetMapping(Links.BROWSE_PUBLISHERS)
	String listPublishers(@RequestParam(required = false) String after, Model model) {
		KeysetPage<PublisherCount> page = this.catalogue.publishers(after, PUBLISHERS_PAGE_SIZE);
		model.addAttribute("entries",
				page.items()
					.stream()
					.map((publisher) -> new BrowseEntry(publisher.publisher(), publisher.books(),
							Links.browsePublisher(publisher.publisher(), null)))
					.toList());
		model.addAttribute("next", (page.nextCursor() != null) ? Links.browsePublishers(page.nextCursor()) : null);
		model.addAttribute("view", "publishers");
		return "browse/facet";
	}

	@GetMapping(Links.BROWSE_PUBLISHER)
	String listPublisher(@PathVariable("publisher") String segment, @RequestParam(required = false) String after,
			Model model) {
		String publisher = NameSegments.decode(segment).orElseThrow(() -> new PublisherNotFoundException(segment));
		KeysetPage<BookInfo> page = this.catalogue.booksOfPublisher(publisher, after, PAGE_SIZE);
		model.addAttribute("publisher", publisher);
		model.addAttribute("next",
				(page.nextCursor() != null) ? Links.browsePublisher(publisher, page.nextCursor()) : null);
		return books(page, "publisher", model);
	}

	private static String books(KeysetPage<BookInfo> page, String view, Model model) {
		model.addAttribute("books", page.items().stream().map((book) -> BookView.of(book, List.of())).toList());
		model.addAttribute("view", view);
		return "browse/books";
	}

	/** A print year or publisher, its number of books, and where they are listed. */
	record BrowseEntry(String name, long count, String url) {
	}

}
