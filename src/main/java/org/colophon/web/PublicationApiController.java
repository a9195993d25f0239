package org.colophon.web;

import org.colophon.catalogue.BookWithChapters;
import org.colophon.catalogue.CatalogueService;
import org.colophon.catalogue.Page;
import org.colophon.web.ApiModels.PageJson;
import org.colophon.web.ApiModels.PublicationWithChaptersJson;
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
class PublicationApiController {

	private final CatalogueService catalogue;

	PublicationApiController(CatalogueService catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping
	PageJson<PublicationWithChaptersJson> listPublications(@RequestParam(required = false) String after,
			@RequestParam(defaultValue = "20") int size) {
		Page<BookWithChapters> page = this.catalogue.books(after, size);
		String next = (page.nextCursor() == null) ? null
				: UriComponentsBuilder.fromPath("/api/publications")
					.queryParam("after", page.nextCursor())
					.queryParam("size", size)
					.build()
					.toUriString();
		return new PageJson<>(page.items()
			.stream()
			.map((book) -> PublicationWithChaptersJson.of(book.publication(), book.chapters()))
			.toList(), next);
	}

	@GetMapping("/{id}")
	PublicationWithChaptersJson showPublication(@PathVariable String id) {
		BookWithChapters book = this.catalogue.book(id);
		return PublicationWithChaptersJson.of(book.publication(), book.chapters());
	}

}
