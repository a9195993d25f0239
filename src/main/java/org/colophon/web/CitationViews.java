package org.colophon.web;

import java.util.ArrayList;
import java.util.List;

import org.colophon.catalogue.ChapterInfo;
import org.colophon.citation.CitationService;
import org.colophon.citation.CitationStyle;
import org.colophon.citation.ExportFormat;
import org.colophon.citation.FullTextLink;
import org.colophon.citation.LandingMetadata;
import org.colophon.citation.SiteAddress;
import org.colophon.links.Links;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Builds what the pages show of a chapter's citation: the cite dialog and the plain cite
 * page for people, and the landing page's description for machines, on the site's
 * absolute address.
 */
@Component
class CitationViews {

	private final CitationService citation;

	private final SiteAddress site;

	CitationViews(CitationService citation, SiteAddress site) {
		this.citation = citation;
		this.site = site;
	}

	/**
	 * The chapter cited in a style, with the featured styles to choose from (and this
	 * one, when it is not among them) and the downloads.
	 */
	CiteView cite(ChapterInfo chapter, String style) {
		List<CitationStyle> styles = new ArrayList<>(this.citation.featuredStyles());
		if (styles.stream().noneMatch((candidate) -> candidate.id().equals(style))) {
			this.citation.style(style).ifPresent(styles::add);
		}
		return new CiteView(Links.chapter(chapter), Links.citePage(chapter), style,
				this.citation.format(chapter, style, CitationService.DEFAULT_LOCALE, this.site.baseUrl()), styles,
				Links.citeDownload(chapter, ExportFormat.RIS.extension()),
				Links.citeDownload(chapter, ExportFormat.BIBTEX.extension()),
				Links.citeDownload(chapter, ExportFormat.CSL_JSON.extension()));
	}

	/**
	 * Fills the plain cite page: the chapter in the asked style, or in the default one
	 * naming the style it does not know, and the styles a search found.
	 */
	void addCitePage(Model model, ChapterInfo chapter, String style, String query) {
		boolean known = this.citation.isStyle(style);
		model.addAttribute("chapter", ChapterView.of(chapter));
		model.addAttribute("cite", cite(chapter, known ? style : CitationService.DEFAULT_STYLE));
		model.addAttribute("unknownStyle", known ? null : style);
		model.addAttribute("query", query);
		model.addAttribute("found", this.citation.searchStyles(query));
	}

	/**
	 * The landing page's description for machines; the full texts this viewer may fetch
	 * become signposts, and indexers are pointed at them only when they are open to
	 * everyone.
	 */
	LandingMetadata landing(ChapterInfo chapter, AccessView access) {
		String baseUrl = this.site.baseUrl();
		List<FullTextLink> fullTexts = access.formats()
			.stream()
			.map((link) -> new FullTextLink(baseUrl + link.url(), withoutParameters(link.format().mediaType()),
					access.openToEveryone()))
			.toList();
		return this.citation.landing(chapter, baseUrl, fullTexts);
	}

	private static String withoutParameters(String mediaType) {
		MediaType type = MediaType.parseMediaType(mediaType);
		return type.getType() + "/" + type.getSubtype();
	}

}
