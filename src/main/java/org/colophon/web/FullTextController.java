package org.colophon.web;

import org.colophon.access.Viewer;
import org.colophon.catalogue.CatalogueService;
import org.colophon.catalogue.ChapterInfo;
import org.colophon.content.ContentFormat;
import org.colophon.content.ContentService;
import org.colophon.content.FullTextDeniedException;
import org.colophon.content.FullTextFile;
import org.colophon.links.Links;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * Full text in PDF or HTML, under the same access decision as the page: the file when
 * granted (with range requests), a 403 page with the access options when not.
 */
@Controller
class FullTextController {

	private final CatalogueService catalogue;

	private final ContentService content;

	private final AccessViews access;

	FullTextController(CatalogueService catalogue, ContentService content, AccessViews access) {
		this.catalogue = catalogue;
		this.content = content;
		this.access = access;
	}

	@GetMapping(Links.CHAPTER_FULL_TEXT)
	Object showFullText(@PathVariable String id, @PathVariable String extension, Viewer viewer, SessionKey sessionKey,
			@RequestHeader(name = HttpHeaders.USER_AGENT, required = false) String userAgent) {
		ContentFormat format = ContentFormat.fromExtension(extension)
			.orElseThrow(() -> new AddressNotFoundException("full-text format", extension));
		ChapterInfo chapter = this.catalogue.chapter(id);
		try {
			FullTextFile text = this.content.open(chapter, format, viewer, sessionKey.value(), userAgent);
			return ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(format.mediaType()))
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.inline().filename(text.fileName()).build().toString())
				.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
				.body((Resource) text.resource());
		}
		catch (FullTextDeniedException ex) {
			return this.access.deniedPage(chapter, ex.decision());
		}
	}

}
