package org.colophon.citation;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.helper.json.MapJsonBuilderFactory;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.colophon.catalogue.ChapterInfo;
import org.colophon.citation.LandingMetadata.ExportLink;
import org.colophon.citation.Signposting.ExportLinkTarget;
import org.colophon.citation.Signposting.WebLink;
import org.colophon.links.Links;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * Describes chapters for machines and formats citations for people: meta tags, JSON-LD,
 * exports, styled citations and signposting, all made from the same catalogue record.
 */
@Service
public class CitationService {

	/**
	 * The style a citation is shown in when none is chosen, and the one DOI resolvers
	 * default to.
	 */
	public static final String DEFAULT_STYLE = "apa";

	/** The locale citations are formatted in when none is asked for. */
	public static final String DEFAULT_LOCALE = "en-US";

	/** The styles offered first: APA, MLA, Chicago author-date and Harvard. */
	public static final List<String> FEATURED_STYLES = List.of("apa", "modern-language-association",
			"chicago-author-date", "harvard-cite-them-right");

	private static final int MAX_SEARCH_RESULTS = 50;

	private static final int MAX_FORMATTED = 10_000;

	/** The meter of the formatted-citation cache's look-ups, by result. */
	static final String CACHE_METER = "colophon.citation.cache";

	private final CslFormatter formatter;

	private final StyleIndex styles;

	/** The featured styles with their titles, read from the style files once. */
	private volatile List<CitationStyle> featured;

	/**
	 * The address citations are formatted on before the site's is put in: a reserved name
	 * (RFC 2606) that no real link can hold.
	 */
	private static final String FORMATTING_BASE = "https://site.colophon.invalid";

	/**
	 * Formatted citations by chapter, revision, style and locale, on
	 * {@link #FORMATTING_BASE}: formatting takes an engine's lock and most of a page's
	 * time, while every chapter page shows the same default one. No address is part of
	 * the key, so whatever base URL a caller passes cannot crowd the cache.
	 */
	private final Map<String, String> formatted = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
			return size() > MAX_FORMATTED;
		}

	});

	private final Counter hits;

	private final Counter misses;

	CitationService(CslFormatter formatter, StyleIndex styles, MeterRegistry meters) {
		this.formatter = formatter;
		this.styles = styles;
		this.hits = cacheCounter(meters, "hit");
		this.misses = cacheCounter(meters, "miss");
		Gauge.builder(CACHE_METER + ".size", this.formatted, Map::size)
			.description("Formatted citations held in memory")
			.register(meters);
	}

	private static Counter cacheCounter(MeterRegistry meters, String result) {
		return Counter.builder(CACHE_METER)
			.description("Look-ups of formatted citations, by whether the cache held them: the hit rate is "
					+ "hit / (hit + miss)")
			.tag("result", result)
			.register(meters);
	}

	/**
	 * The description of a chapter's landing page for machines.
	 * @param baseUrl the site's absolute base URL without a trailing slash
	 * @param fullTexts the full-text files the current reader may fetch (an open PDF
	 * becomes {@code citation_pdf_url}; each becomes a signposting {@code item})
	 */
	public LandingMetadata landing(ChapterInfo chapter, String baseUrl, List<FullTextLink> fullTexts) {
		String canonical = canonicalUrl(chapter, baseUrl);
		String bookUrl = baseUrl + Links.book(chapter.book());
		List<ExportLink> exports = Arrays.stream(ExportFormat.values())
			.map((format) -> new ExportLink(format, Links.citeDownload(chapter, format.extension())))
			.toList();
		List<WebLink> links = signposts(chapter, baseUrl, fullTexts);
		return new LandingMetadata(canonical, MetaTags.of(chapter, canonical, fullTexts),
				Json.forScript(JsonLd.of(chapter, canonical, bookUrl)),
				Signposting.header(links, baseUrl + Links.linkset(chapter)), exports);
	}

	/**
	 * The chapter's signposting links as an RFC 9264 {@code application/linkset+json}
	 * document.
	 */
	public String linkset(ChapterInfo chapter, String baseUrl, List<FullTextLink> fullTexts) {
		return Json.write(Signposting.linkset(canonicalUrl(chapter, baseUrl), signposts(chapter, baseUrl, fullTexts)));
	}

	/**
	 * The chapter in an export format, ready to be sent with the format's media type.
	 */
	public String export(ChapterInfo chapter, ExportFormat format, String baseUrl) {
		String canonical = canonicalUrl(chapter, baseUrl);
		return switch (format) {
			case RIS -> RisExport.write(chapter, canonical);
			case BIBTEX -> BibTeXExport.write(chapter, canonical);
			case CSL_JSON ->
				Json.write(cslItem(chapter, canonical).toJson(new MapJsonBuilderFactory().createJsonBuilder()));
			case JSON_LD -> Json.write(JsonLd.of(chapter, canonical, baseUrl + Links.book(chapter.book())));
		};
	}

	/**
	 * The chapter as one plain-text bibliography entry in a shipped CSL style and locale.
	 * @throws UnknownStyleException when the style or the locale is not shipped
	 * @throws ResponseStatusException (429 Too Many Requests) when an uncommon style or
	 * locale needs an engine the site may not build now; the featured styles in the
	 * default locale never do
	 */
	public String format(ChapterInfo chapter, String styleId, String locale, String baseUrl) {
		String key = String.join("|", chapter.id(), String.valueOf(chapter.updatedAt()), styleId, locale);
		String text = this.formatted.get(key);
		if (text == null) {
			this.misses.increment();
			text = this.formatter.format(cslItem(chapter, canonicalUrl(chapter, FORMATTING_BASE)), styleId, locale);
			this.formatted.put(key, text);
		}
		else {
			this.hits.increment();
		}
		return text.replace(FORMATTING_BASE, baseUrl);
	}

	/**
	 * Whether a style with this id is shipped and can be formatted with.
	 */
	public boolean isStyle(String styleId) {
		return this.styles.independentStyle(styleId).isPresent();
	}

	/**
	 * The styles offered first, with their titles.
	 */
	public List<CitationStyle> featuredStyles() {
		List<CitationStyle> featured = this.featured;
		if (featured == null) {
			featured = FEATURED_STYLES.stream()
				.map((id) -> new CitationStyle(id, this.styles.title(id).orElse(id)))
				.toList();
			this.featured = featured;
		}
		return featured;
	}

	/**
	 * A shipped style by id, empty when there is none.
	 */
	public Optional<CitationStyle> style(String styleId) {
		return this.styles.title(styleId).map((title) -> new CitationStyle(styleId, title));
	}

	/**
	 * Shipped styles whose id or title contains every word of the query (at most fifty);
	 * none for a blank query.
	 */
	public List<CitationStyle> searchStyles(String query) {
		if (query == null || query.isBlank()) {
			return List.of();
		}
		return this.styles.search(query, MAX_SEARCH_RESULTS);
	}

	private static String canonicalUrl(ChapterInfo chapter, String baseUrl) {
		return baseUrl + Links.chapter(chapter);
	}

	private static CSLItemData cslItem(ChapterInfo chapter, String canonical) {
		return CslItems.of(chapter, canonical);
	}

	private static List<WebLink> signposts(ChapterInfo chapter, String baseUrl, List<FullTextLink> fullTexts) {
		List<ExportLinkTarget> exports = Arrays.stream(ExportFormat.values())
			.map((format) -> new ExportLinkTarget(Links.citeDownload(chapter, format.extension()), format.mediaType()))
			.toList();
		String citeAs = (chapter.doi() != null) ? chapter.doiUrl() : canonicalUrl(chapter, baseUrl);
		return Signposting.links(citeAs, baseUrl, baseUrl + Links.book(chapter.book()), exports, fullTexts, List.of(),
				null);
	}

}
