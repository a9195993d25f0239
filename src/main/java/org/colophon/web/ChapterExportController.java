package org.colophon.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.colophon.catalogue.CatalogueService;
import org.colophon.catalogue.ChapterInfo;
import org.colophon.citation.CitationService;
import org.colophon.citation.ExportFormat;
import org.colophon.citation.SiteAddress;
import org.colophon.citation.UnknownStyleException;
import org.colophon.links.Links;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.InvalidMimeTypeException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The chapter URL for machines: the same address as the landing page answers in citation
 * formats by content negotiation (as DOI resolvers do), and plain download links serve
 * the same for people.
 */
@RestController
class ChapterExportController {

	static final String BIBLIOGRAPHY = "text/x-bibliography";

	static final String LINKSET = "application/linkset+json";

	/** Every type the chapter URL can answer in, HTML first. */
	static final List<MediaType> CHAPTER_TYPES = List.of(MediaType.TEXT_HTML, MediaType.parseMediaType(BIBLIOGRAPHY),
			MediaType.parseMediaType(ExportFormat.BIBTEX.mediaType()),
			MediaType.parseMediaType(ExportFormat.RIS.mediaType()),
			MediaType.parseMediaType(ExportFormat.CSL_JSON.mediaType()),
			MediaType.parseMediaType(ExportFormat.JSON_LD.mediaType()));

	private final CatalogueService catalogue;

	private final CitationService citation;

	private final SiteAddress site;

	ChapterExportController(CatalogueService catalogue, CitationService citation, SiteAddress site) {
		this.catalogue = catalogue;
		this.citation = citation;
		this.site = site;
	}

	@GetMapping(path = { Links.CHAPTER, Links.CHAPTER_PAGE }, produces = "application/x-bibtex")
	ResponseEntity<String> showBibTeX(@PathVariable String id) {
		return export(id, ExportFormat.BIBTEX, false);
	}

	@GetMapping(path = { Links.CHAPTER, Links.CHAPTER_PAGE }, produces = "application/x-research-info-systems")
	ResponseEntity<String> showRis(@PathVariable String id) {
		return export(id, ExportFormat.RIS, false);
	}

	@GetMapping(path = { Links.CHAPTER, Links.CHAPTER_PAGE }, produces = "application/vnd.citationstyles.csl+json")
	ResponseEntity<String> showCslJson(@PathVariable String id) {
		return export(id, ExportFormat.CSL_JSON, false);
	}

	@GetMapping(path = { Links.CHAPTER, Links.CHAPTER_PAGE }, produces = "application/ld+json")
	ResponseEntity<String> showJsonLd(@PathVariable String id) {
		return export(id, ExportFormat.JSON_LD, false);
	}

	/**
	 * A formatted citation; the style and locale come as parameters of the accepted media
	 * type, e.g. {@code text/x-bibliography; style=apa; locale=en-US}.
	 */
	@GetMapping(path = { Links.CHAPTER, Links.CHAPTER_PAGE }, produces = BIBLIOGRAPHY)
	ResponseEntity<String> showBibliography(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
		MediaType asked = bibliographyType(accept);
		String style = parameter(asked, "style", CitationService.DEFAULT_STYLE);
		String locale = parameter(asked, "locale", CitationService.DEFAULT_LOCALE);
		ChapterInfo chapter = this.catalogue.chapter(id);
		String text = this.citation.format(chapter, style, locale, this.site.baseUrl());
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.parseMediaType(BIBLIOGRAPHY), StandardCharsets.UTF_8))
			.body(text + "\n");
	}

	@GetMapping(Links.CHAPTER_CITE_DOWNLOAD)
	ResponseEntity<String> downloadExport(@PathVariable String id, @PathVariable String extension) {
		ExportFormat format = List.of(ExportFormat.values())
			.stream()
			.filter((candidate) -> candidate.extension().equals(extension))
			.findFirst()
			.orElseThrow(() -> new AddressNotFoundException("export format", extension));
		return export(id, format, true);
	}

	@GetMapping(path = Links.CHAPTER_LINKSET, produces = LINKSET)
	ResponseEntity<String> showLinkset(@PathVariable String id) {
		ChapterInfo chapter = this.catalogue.chapter(id);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(LINKSET))
			.body(this.citation.linkset(chapter, this.site.baseUrl(), List.of()));
	}

	@ExceptionHandler(UnknownStyleException.class)
	ResponseEntity<String> unknownStyle(UnknownStyleException ex) {
		return ResponseEntity.badRequest()
			.contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
			.body(ex.getMessage() + "\n");
	}

	private ResponseEntity<String> export(String id, ExportFormat format, boolean attachment) {
		ChapterInfo chapter = this.catalogue.chapter(id);
		String body = this.citation.export(chapter, format, this.site.baseUrl());
		ResponseEntity.BodyBuilder response = ResponseEntity.ok()
			.contentType(new MediaType(MediaType.parseMediaType(format.mediaType()), StandardCharsets.UTF_8))
			.header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
		if (attachment) {
			response.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(chapter.slug() + "." + format.extension())
						.build()
						.toString());
		}
		return response.body(body);
	}

	/**
	 * Whether an Accept header admits HTML; no header, or one that cannot be parsed,
	 * admits anything.
	 */
	static boolean acceptsHtml(String accept) {
		if (accept == null || accept.isBlank()) {
			return true;
		}
		try {
			return MediaType.parseMediaTypes(accept)
				.stream()
				.anyMatch((type) -> type.includes(MediaType.TEXT_HTML) && type.getQualityValue() > 0);
		}
		catch (InvalidMimeTypeException ex) {
			return true;
		}
	}

	private static MediaType bibliographyType(String accept) {
		if (accept != null) {
			try {
				for (MediaType type : MediaType.parseMediaTypes(accept)) {
					if (type.toString().toLowerCase(Locale.ROOT).startsWith(BIBLIOGRAPHY)) {
						return type;
					}
				}
			}
			catch (InvalidMimeTypeException ex) {
				// handled as no parameters
			}
		}
		return MediaType.parseMediaType(BIBLIOGRAPHY);
	}

	private static String parameter(MediaType type, String name, String fallback) {
		String value = type.getParameter(name);
		if (value == null || value.isBlank()) {
			return fallback;
		}
		return value.replace("\"", "");
	}

}
