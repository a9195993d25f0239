package org.colophon.citation;

import java.util.List;

/**
 * What a chapter landing page carries for machines: the canonical URL, the meta tags, the
 * JSON-LD data block (already escaped for a script element), the signposting {@code Link}
 * header and the export downloads.
 */
public record LandingMetadata(String canonicalUrl, List<MetaTag> metaTags, String jsonLd, String linkHeader,
		List<ExportLink> exports) {

	/** One download of the chapter's description, with its path. */
	public record ExportLink(ExportFormat format, String href) {
	}

}
