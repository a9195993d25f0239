package org.colophon.web;

import java.util.List;

import org.colophon.access.AccessBasis;
import org.colophon.access.Viewer;
import org.colophon.catalogue.CatalogueService;
import org.colophon.catalogue.ChapterInfo;
import org.colophon.links.Links;
import org.colophon.web.ApiModels.AccessOptionJson;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The access decision for the caller as JSON.
 */
@RestController
class AccessApiController {

	private final CatalogueService catalogue;

	private final AccessViews access;

	AccessApiController(CatalogueService catalogue, AccessViews access) {
		this.catalogue = catalogue;
		this.access = access;
	}

	@GetMapping(Links.API_CHAPTER_ACCESS)
	AccessJson showAccess(@PathVariable String id, Viewer viewer) {
		ChapterInfo chapter = this.catalogue.chapter(id);
		AccessView view = this.access.of(chapter, viewer);
		return new AccessJson(view.granted(), view.basis(), view.providedBy(), view.licence(),
				view.formats().stream().map((format) -> new FormatJson(format.format().name(), format.url())).toList(),
				AccessOptionJson.of(view));
	}

	record AccessJson(boolean granted, AccessBasis basis, String providedBy, String licence, List<FormatJson> formats,
			List<AccessOptionJson> options) {
	}

	record FormatJson(String format, String url) {
	}

}
