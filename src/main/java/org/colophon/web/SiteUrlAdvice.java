package org.colophon.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Gives the pages the site's absolute address, which canonical links need (search engines ignore relative ones).
 */
@ControllerAdvice(annotations = Controller.class)
class SiteUrlAdvice {

	private final SiteProperties site;

	SiteUrlAdvice(SiteProperties site) {
		this.site = site;
	}

	@ModelAttribute("siteUrl")
	String siteUrl(HttpServletRequest request) {
		String url = this.site.hasBaseUrl() ? this.site.baseUrl()
				: ServletUriComponentsBuilder.fromContextPath(request).replaceQuery(null).toUriString();
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

}
