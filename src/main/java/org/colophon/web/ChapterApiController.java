package org.colophon.web;

import org.colophon.access.Viewer;
import org.colophon.catalogue.CatalogueService;
import org.colophon.catalogue.ChapterInfo;
import org.colophon.links.Links;
import org.colophon.system.KeysetPage;
import org.colophon.web.ApiModels.AccessOptionJson;
import org.colophon.web.ApiModels.ChapterJson;
import org.colophon.web.ApiModels.PageJson;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The chapters as JSON: a keyset-paged list and one chapter by id.
 */
@RestController
class ChapterApiController {

	private final CatalogueService catalogue;

	private final AccessViews access;

	ChapterApiController(CatalogueService catalogue, AccessViews access) {
		this.catalogue = catalogue;
		this.access = access;
	}

	@GetMapping(Links.API_CHAPTERS)
	PageJson<ChapterJson> listChapters(@RequestParam(required = false) String after,
			@RequestParam(defaultValue = "20") int size, Viewer viewer) {
		KeysetPage<ChapterInfo> page = this.catalogue.chapters(after, size);
		String next = (page.nextCursor() == null) ? null : Links.apiChapters(page.nextCursor(), size);
		return new PageJson<>(page.items().stream().map((chapter) -> toJson(chapter, viewer)).toList(), next);
	}

	@GetMapping(Links.API_CHAPTER)
	ChapterJson showChapter(@PathVariable String id, Viewer viewer) {
		return toJson(this.catalogue.chapter(id), viewer);
	}

	private ChapterJson toJson(ChapterInfo chapter, Viewer viewer) {
		AccessView view = this.access.of(chapter, viewer);
		return ChapterJson.of(chapter, AccessOptionJson.of(view));
	}

}
