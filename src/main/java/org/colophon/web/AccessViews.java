package org.colophon.web;

import java.util.List;

import org.colophon.access.AccessDecision;
import org.colophon.access.AccessProperties;
import org.colophon.access.Viewer;
import org.colophon.catalogue.ChapterInfo;
import org.colophon.content.ContentService;
import org.colophon.content.FullTextAccess;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Builds what a viewer may do with a chapter as the chapter page, the 403 page and the
 * JSON API show it.
 */
@Component
class AccessViews {

	private final ContentService content;

	private final AccessProperties properties;

	AccessViews(ContentService content, AccessProperties properties) {
		this.content = content;
		this.properties = properties;
	}

	/** The access decision for this viewer, with the formats and options as links. */
	AccessView of(ChapterInfo chapter, Viewer viewer) {
		return AccessView.of(chapter, this.content.access(chapter, viewer), this.properties);
	}

	/**
	 * The 403 page for a viewer the decision turned away, with the options that could
	 * help.
	 */
	ModelAndView deniedPage(ChapterInfo chapter, AccessDecision decision) {
		ModelAndView page = new ModelAndView("error/403-access", HttpStatus.FORBIDDEN);
		page.addObject("chapter", ChapterView.of(chapter));
		page.addObject("access", AccessView.of(chapter, new FullTextAccess(decision, List.of()), this.properties));
		return page;
	}

}
