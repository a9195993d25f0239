package org.colophon.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.colophon.access.AccessBasis;
import org.colophon.access.AccessDecision;
import org.colophon.access.AccessOptionKind;
import org.colophon.access.AccessProperties;
import org.colophon.access.OfferedOption;
import org.colophon.catalogue.ChapterInfo;
import org.colophon.content.ContentFormat;
import org.colophon.content.FullTextAccess;
import org.colophon.links.Links;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The access decision as the chapter page shows it: a badge when granted with the formats
 * to read, or the options when denied, each with where it leads; and whether the full
 * text is open to everyone, which decides what machines are pointed at.
 */
record AccessView(boolean granted, AccessBasis basis, String providedBy, String licence, boolean openToEveryone,
		List<FormatLink> formats, List<OptionLink> options) {

	static AccessView of(ChapterInfo chapter, FullTextAccess access, AccessProperties properties) {
		AccessDecision decision = access.decision();
		String chapterUrl = Links.chapter(chapter);
		List<FormatLink> formats = access.formats()
			.stream()
			.map((format) -> new FormatLink(format, Links.fullText(chapter, format.extension())))
			.toList();
		List<OptionLink> options = decision.options()
			.stream()
			.map((option) -> OptionLink.of(option, chapter, chapterUrl, properties))
			.toList();
		return new AccessView(decision.granted(), decision.basis(), decision.providedBy(), decision.licence(),
				decision.openToEveryone(), formats, options);
	}

	/** A full-text format and the address it is read at. */
	record FormatLink(ContentFormat format, String url) {
	}

	/**
	 * An access option with the address it leads to ({@code null} when there is nowhere
	 * to go).
	 */
	record OptionLink(AccessOptionKind kind, String label, String description, BigDecimal price, String currency,
			String url) {

		static OptionLink of(OfferedOption option, ChapterInfo chapter, String chapterUrl,
				AccessProperties properties) {
			String url = switch (option.kind()) {
				case LOG_IN -> Links.login(chapterUrl, false);
				case INSTITUTIONAL_LOG_IN -> Links.login(chapterUrl, true);
				case PURCHASE -> (properties.purchaseUrl() == null) ? null
						: UriComponentsBuilder.fromUriString(properties.purchaseUrl())
							.buildAndExpand(Map.of("chapterId", chapter.id(), "publicationId", chapter.book().id()))
							.encode()
							.toUriString();
			};
			return new OptionLink(option.kind(), option.label(), option.description(), option.price(),
					option.currency(), url);
		}

	}

}
