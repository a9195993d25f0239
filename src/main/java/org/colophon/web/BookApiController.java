package org.colophon.web;

import org.colophon.catalogue.BookWithChapters;
import org.colophon.catalogue.CatalogueService;
import org.colophon.system.KeysetPage;
import org.colophon.web.ApiModels.BookWithChaptersJson;
import org.colophon.web.ApiModels.PageJson;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The publications as JSON, each with the headings of its chapters.
 */
@RestController
@RequestMapping("/api/publications")
class BookApiController {

	private final CatalogueService catalogue;

	BookApiController(CatalogueService catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping
	PageJson<BookWithChaptersJson> listBooks(@RequestParam(required = false) String after,
			@RequestParam(defaultValue = "20") int size) {
		KeysetPage<BookWithChapters> page = this.catalogue.booksByTitle(after, size);
		String next = (page.nextCursor() == null) ? null
				: UriComponentsBuilder.fromPath("/api/publications")
					.queryParam("after", page.nextCursor())
					.queryParam("size", size)
					.build()
					.toUriString();
		return new PageJson<>(
				page.items().stream().map((book) -> BookWithChaptersJson.of(book.book(), book.chapters())).toList(),
				next);
	}

	@GetMapping("/{id}")
	BookWithChaptersJson showBook(@PathVariable String id) {
		BookWithChapters book = this.catalogue.bookWithChapters(id);
		return BookWithChaptersJson.of(book.book(), book.chapters());
	}

}
