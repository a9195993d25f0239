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
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Formats one item as a bibliography entry with citeproc-java. Building an engine parses
 * its style and locale (tens to hundreds of milliseconds), so engines are kept per style
 * and locale in a small LRU cache; an engine is not thread-safe, so each is used by one
 * thread at a time.
 */
@Component
class CslFormatter {

	static final int MAX_ENGINES = 16;

	private static final Pattern LOCALE = Pattern.compile("[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-[A-Z]{2})?");

	private final StyleIndex styles;

	/**
	 * Whether a locale is shipped, by tag; the pattern bounds the tags to well-formed
	 * ones.
	 */
	private final Map<String, Boolean> locales = new ConcurrentHashMap<>();

	private final Map<String, Engine> engines = new LinkedHashMap<>(MAX_ENGINES, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Engine> eldest) {
			return size() > MAX_ENGINES;
		}

	};

	CslFormatter(StyleIndex styles) {
		this.styles = styles;
	}

	/**
	 * The item as one plain-text bibliography entry in the style and locale.
	 * @throws UnknownStyleException when the style or locale is not shipped
	 */
	String format(CSLItemData item, String styleId, String locale) {
		String independent = this.styles.independentStyle(styleId)
			.orElseThrow(() -> new UnknownStyleException("No citation style " + styleId));
		if (locale == null || !LOCALE.matcher(locale).matches() || !this.locales.computeIfAbsent(locale,
				(tag) -> new ClassPathResource("locales-" + tag + ".xml").exists())) {
			throw new UnknownStyleException("No citation locale " + locale);
		}
		Engine engine = engine(independent, locale);
		synchronized (engine) {
			return engine.format(item);
		}
	}

	private Engine engine(String style, String locale) {
		String key = style + "|" + locale;
		synchronized (this.engines) {
			Engine engine = this.engines.get(key);
			if (engine == null) {
				engine = new Engine(style, locale);
				this.engines.put(key, engine);
			}
			return engine;
		}
	}

	/**
	 * A citeproc engine with the one-item provider it reads from; use only while holding
	 * its lock.
	 */
	private static final class Engine {

		private final OneItemProvider items = new OneItemProvider();

		private final CSL csl;

		Engine(String style, String locale) {
			try {
				this.csl = new CSL(this.items, style, locale);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not load citation style " + style, ex);
			}
		}

		String format(CSLItemData item) {
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
