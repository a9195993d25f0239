package org.colophon.web;

import org.colophon.citation.SiteAddress;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives the pages the site's absolute address, which canonical links need (search engines
 * ignore relative ones).
 */
@ControllerAdvice(annotations = Controller.class)
class SiteUrlAdvice {

	private final SiteAddress site;

	SiteUrlAdvice(SiteAddress site) {
		this.site = site;
	}

	@ModelAttribute("siteUrl")
	String siteUrl() {
		return this.site.baseUrl();
	}

}
