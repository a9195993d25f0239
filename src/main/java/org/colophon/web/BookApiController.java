package org.colophon.web;

import org.colophon.catalogue.BookWithChapters;
import org.colophon.catalogue.CatalogueService;
import org.colophon.links.Links;
import org.colophon.system.KeysetPage;
import org.colophon.web.ApiModels.BookWithChaptersJson;
import org.colophon.web.ApiModels.PageJson;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The publications as JSON, each with the headings of its chapters.
 */
@RestController
class BookApiController {

	private final CatalogueService catalogue;

	BookApiController(CatalogueService catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping(Links.API_BOOKS)
	PageJson<BookWithChaptersJson> listBooks(@RequestParam(required = false) String after,
			@RequestParam(defaultValue = "20") int size) {
		KeysetPage<BookWithChapters> page = this.catalogue.booksByTitle(after, size);
		String next = (page.nextCursor() == null) ? null : Links.apiBooks(page.nextCursor(), size);
		return new PageJson<>(
				page.items().stream().map((book) -> BookWithChaptersJson.of(book.book(), book.chapters())).toList(),
				next);
	}

	@GetMapping(Links.API_BOOK)
	BookWithChaptersJson showBook(@PathVariable String id) {
		BookWithChapters book = this.catalogue.bookWithChapters(id);
		return BookWithChaptersJson.of(book.book(), book.chapters());
	}

}
