package org.colophon.citation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ListItemDataProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Formats one item as a bibliography entry with citeproc-java. Building an engine parses
 * its style and locale (tens to hundreds of milliseconds), so engines are kept: those of
 * the featured styles in the default locale for good, any other in a small LRU cache
 * whose new entries the {@link StyleBuildLimit} allows. Each engine is built under its
 * own lock, so a build holds up only the requests for that style and locale; an engine is
 * not thread-safe, so each is used by one thread at a time.
 */
@Component
class CslFormatter {

	/** How many engines of styles and locales other than the featured ones are kept. */
	static final int MAX_OTHER_ENGINES = 16;

	private static final Pattern LOCALE = Pattern.compile("[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-[A-Z]{2})?");

	private final StyleIndex styles;

	private final StyleBuildLimit limit;

	private final EngineFactory factory;

	/**
	 * Whether a locale is shipped, by tag; the pattern bounds the tags to well-formed
	 * ones.
	 */
	private final Map<String, Boolean> locales = new ConcurrentHashMap<>();

	/**
	 * The featured styles in the default locale, which every chapter page uses: never
	 * evicted, never limited, at most four.
	 */
	private final Map<String, EngineSlot> featured = new ConcurrentHashMap<>();

	/**
	 * Every other style and locale, least recently used first; its lock guards the map
	 * only, never a build.
	 */
	private final Map<String, EngineSlot> others = new LinkedHashMap<>(MAX_OTHER_ENGINES, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, EngineSlot> eldest) {
			return size() > MAX_OTHER_ENGINES;
		}

	};

	@Autowired
	CslFormatter(StyleIndex styles, StyleBuildLimit limit) {
		this(styles, limit, CiteprocEngine::new);
	}

	CslFormatter(StyleIndex styles, StyleBuildLimit limit, EngineFactory factory) {
		this.styles = styles;
		this.limit = limit;
		this.factory = factory;
	}

	/**
	 * The item as one plain-text bibliography entry in the style and locale.
	 * @throws UnknownStyleException when the style or locale is not shipped
	 * @throws TooManyStylesException when the style and locale need an engine that the
	 * limit does not allow now
	 */
	String format(CSLItemData item, String styleId, String locale) {
		String independent = this.styles.independentStyle(styleId)
			.orElseThrow(() -> new UnknownStyleException("No citation style " + styleId));
		if (locale == null || !LOCALE.matcher(locale).matches() || !this.locales.computeIfAbsent(locale,
				(tag) -> new ClassPathResource("locales-" + tag + ".xml").exists())) {
			throw new UnknownStyleException("No citation locale " + locale);
		}
		return slot(independent, locale).format(item);
	}

	private EngineSlot slot(String style, String locale) {
		String key = style + "|" + locale;
		if (CitationService.FEATURED_STYLES.contains(style) && CitationService.DEFAULT_LOCALE.equals(locale)) {
			// The slot is empty until its first use builds it, so nothing slow runs
			// inside the map's own locking.
			return this.featured.computeIfAbsent(key, (k) -> new EngineSlot(style, locale));
		}
		synchronized (this.others) {
			EngineSlot slot = this.others.get(key);
			if (slot == null) {
				// Charged before the slot is added, so that a refusal evicts nothing.
				this.limit.acquire();
				slot = new EngineSlot(style, locale);
				this.others.put(key, slot);
			}
			return slot;
		}
	}

	/** Formats items in one style and locale; not thread-safe. */
	interface Engine {

		String format(CSLItemData item);

	}

	/** Builds an engine: the slow part, replaceable in tests. */
	@FunctionalInterface
	interface EngineFactory {

		Engine build(String style, String locale);

	}

	/**
	 * One style and locale's engine, built on first use; its lock is held while building
	 * and formatting, so requests for this style wait for the one build and use the
	 * engine one at a time, while other styles go on.
	 */
	private final class EngineSlot {

		private final String style;

		private final String locale;

		private Engine engine;

		EngineSlot(String style, String locale) {
			this.style = style;
			this.locale = locale;
		}

		synchronized String format(CSLItemData item) {
			if (this.engine == null) {
				this.engine = CslFormatter.this.factory.build(this.style, this.locale);
			}
			return this.engine.format(item);
		}

	}

	/** A citeproc engine with the one-item provider it reads from. */
	private static final class CiteprocEngine implements Engine {

		private final OneItemProvider items = new OneItemProvider();

		private final CSL csl;

		CiteprocEngine(String style, String locale) {
			try {
				this.csl = new CSL(this.items, style, locale);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not load citation style " + style, ex);
			}
		}

		@Override
		public String format(CSLItemData item) {
			this.items.hold(item);
			this.csl.reset();
			// reset() also forgets the output format.
			this.csl.setOutputFormat("text");
			this.csl.registerCitationItems(item.getId());
			return this.csl.makeBibliography().makeString().strip();
		}

	}

	/** A provider whose single item is replaced before each use of its engine. */
	private static final class OneItemProvider extends ListItemDataProvider {

		OneItemProvider() {
			super(new CSLItemData[0]);
		}

		void hold(CSLItemData item) {
			this.items.clear();
			this.items.put(item.getId(), item);
		}

	}

}
