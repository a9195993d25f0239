package org.colophon.web;

import java.util.List;

import org.colophon.catalogue.CatalogueService;
import org.colophon.catalogue.ChapterInfo;
import org.colophon.catalogue.Page;
import org.colophon.web.ApiModels.AccessOptionJson;
import org.colophon.web.ApiModels.ChapterJson;
import org.colophon.web.ApiModels.PageJson;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The chapters as JSON: a keyset-paged list and one chapter by id.
 */
@RestController
@RequestMapping("/api/chapters")
class ChapterApiController {

	private final CatalogueService catalogue;

	ChapterApiController(CatalogueService catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping
	PageJson<ChapterJson> listChapters(@RequestParam(required = false) String after,
			@RequestParam(defaultValue = "20") int size) {
		Page<ChapterInfo> page = this.catalogue.chapters(after, size);
		String next = (page.nextCursor() == null) ? null
				: UriComponentsBuilder.fromPath("/api/chapters")
					.queryParam("after", page.nextCursor())
					.queryParam("size", size)
					.build()
					.toUriString();
		return new PageJson<>(page.items().stream().map(ChapterApiController::toJson).toList(), next);
	}

	@GetMapping("/{id}")
	ChapterJson showChapter(@PathVariable String id) {
		return toJson(this.catalogue.chapter(id));
	}

	private static ChapterJson toJson(ChapterInfo chapter) {
		List<AccessOptionJson> options = chapter.details().accessRequired()
				? List.of(new AccessOptionJson("GET_ACCESS", chapter.details().accessNote(),
						Paths.chapter(chapter) + "#access-options"))
				: List.of();
		return ChapterJson.of(chapter, options);
	}

}
