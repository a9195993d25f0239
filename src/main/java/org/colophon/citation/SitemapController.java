package org.colophon.citation;

import java.io.IOException;
import javax.xml.stream.XMLStreamException;

import jakarta.servlet.http.HttpServletResponse;
import org.colophon.links.Links;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The site map of all book and chapter pages (an index of numbered files), and the
 * robots.txt that points crawlers to its index.
 */
@Controller
class SitemapController {

	private final SitemapWriter sitemap;

	private final SiteAddress site;

	SitemapController(SitemapWriter sitemap, SiteAddress site) {
		this.sitemap = sitemap;
		this.site = site;
	}

	@GetMapping(Links.SITEMAP)
	void showSitemapIndex(HttpServletResponse response) throws IOException, XMLStreamException {
		response.setContentType("application/xml;charset=UTF-8");
		this.sitemap.writeIndex(this.site.baseUrl(), response.getOutputStream());
	}

	@GetMapping(Links.SITEMAP_FILE)
	void showSitemapFile(@PathVariable long number, HttpServletResponse response)
			throws IOException, XMLStreamException {
		this.sitemap.requireFile(number);
		response.setContentType("application/xml;charset=UTF-8");
		this.sitemap.writeFile(number, this.site.baseUrl(), response.getOutputStream());
	}

	@GetMapping(path = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
	ResponseEntity<String> showRobots() {
		return ResponseEntity.ok()
			.contentType(MediaType.TEXT_PLAIN)
			.body("User-agent: *\nAllow: /\n\nSitemap: " + this.site.baseUrl() + Links.SITEMAP + "\n");
	}

}
