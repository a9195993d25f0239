package org.colophon.citation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * FAIR Signposting for a chapter's landing page: the typed links (levels 1 and 2) that
 * tell a machine the canonical address, what kind of thing this is, where its metadata
 * and content are and which collection it belongs to, as an HTTP {@code Link} header and
 * as an RFC 9264 linkset.
 */
final class Signposting {

	static final String LINKSET_TYPE = "application/linkset+json";

	private Signposting() {
	}

	/** One typed link; {@code type} may be {@code null}. */
	record WebLink(String href, String rel, String type) {
	}

	/**
	 * The links of a landing page; {@code citeAs} is the persistent address to cite (the
	 * DOI's when there is one, else the canonical page). Authors' ORCID iDs and the
	 * licence are not known yet; pass them when they are.
	 */
	static List<WebLink> links(String citeAs, String baseUrl, String bookUrl, List<ExportLinkTarget> exports,
			List<FullTextLink> fullTexts, List<String> authorIds, String license) {
		List<WebLink> links = new ArrayList<>();
		links.add(new WebLink(citeAs, "cite-as", null));
		links.add(new WebLink("https://schema.org/AboutPage", "type", null));
		links.add(new WebLink("https://schema.org/Chapter", "type", null));
		authorIds.forEach((id) -> links.add(new WebLink(id, "author", null)));
		exports.forEach((export) -> links.add(new WebLink(baseUrl + export.path(), "describedby", export.mediaType())));
		fullTexts.forEach((text) -> links.add(new WebLink(text.href(), "item", text.mediaType())));
		if (license != null) {
			links.add(new WebLink(license, "license", null));
		}
		links.add(new WebLink(bookUrl, "collection", "text/html"));
		return links;
	}

	/** An export's path and media type. */
	record ExportLinkTarget(String path, String mediaType) {
	}

	/** The links as one {@code Link} header value, with the linkset's own link last. */
	static String header(List<WebLink> links, String linksetUrl) {
		List<WebLink> all = new ArrayList<>(links);
		all.add(new WebLink(linksetUrl, "linkset", LINKSET_TYPE));
		return all.stream().map(Signposting::headerValue).collect(Collectors.joining(", "));
	}

	private static String headerValue(WebLink link) {
		String value = "<" + link.href() + ">; rel=\"" + link.rel() + "\"";
		return (link.type() == null) ? value : value + "; type=\"" + link.type() + "\"";
	}

	/** The links as an RFC 9264 JSON linkset anchored at the landing page. */
	static Map<String, Object> linkset(String anchor, List<WebLink> links) {
		Map<String, Object> context = new LinkedHashMap<>();
		context.put("anchor", anchor);
		for (WebLink link : links) {
			Map<String, Object> target = new LinkedHashMap<>();
			target.put("href", link.href());
			if (link.type() != null) {
				target.put("type", link.type());
			}
			@SuppressWarnings("unchecked")
			List<Object> targets = (List<Object>) context.computeIfAbsent(link.rel(), (rel) -> new ArrayList<>());
			targets.add(target);
		}
		return Map.of("linkset", List.of(context));
	}

}
