package org.colophon.web;

import java.util.Locale;

import org.colophon.citation.SiteAddress;
import org.colophon.links.Links;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.HtmlUtils;

/**
 * The OpenSearch 1.1 description document, through which a browser adds the site's search
 * (the layout links to it from every page).
 */
@Controller
class OpenSearchController {

	static final MediaType OPENSEARCH = MediaType.parseMediaType("application/opensearchdescription+xml");

	private final SiteAddress site;

	private final MessageSource messages;

	OpenSearchController(SiteAddress site, MessageSource messages) {
		this.site = site;
		this.messages = messages;
	}

	@GetMapping(Links.OPENSEARCH)
	ResponseEntity<String> showDescription(Locale locale) {
		String base = this.site.baseUrl();
		String name = xml(this.messages.getMessage("site.name", null, locale));
		String description = xml(this.messages.getMessage("search.opensearch.description", null, locale));
		String document = """
				<?xml version="1.0" encoding="UTF-8"?>
				<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
				  <ShortName>%s</ShortName>
				  <Description>%s</Description>
				  <InputEncoding>UTF-8</InputEncoding>
				  <Image width="16" height="16" type="image/svg+xml">%s</Image>
				  <Url type="text/html" method="get" template="%s"/>
				  <Url type="application/json" method="get" template="%s"/>
				  <Url type="application/opensearchdescription+xml" rel="self" template="%s"/>
				</OpenSearchDescription>
				""".formatted(name, description, xml(base + "/assets/favicon.svg"),
				xml(base + Links.SEARCH + "?q={searchTerms}"), xml(base + Links.API_SEARCH + "?q={searchTerms}"),
				xml(base + Links.OPENSEARCH));
		return ResponseEntity.ok().contentType(OPENSEARCH).body(document);
	}

	private static String xml(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
