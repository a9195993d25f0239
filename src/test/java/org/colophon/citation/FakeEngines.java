package org.colophon.citation;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import de.undercouch.citeproc.csl.CSLItemData;
import org.colophon.citation.CslFormatter.Engine;
import org.colophon.citation.CslFormatter.EngineFactory;

/**
 * Engines that format an item as its style, locale and URL, counting builds and uses; a
 * style's build can be held until a test lets it go.
 */
class FakeEngines implements EngineFactory {

	private final Map<String, AtomicInteger> builds = new ConcurrentHashMap<>();

	private final Map<String, AtomicInteger> formats = new ConcurrentHashMap<>();

	private final Map<String, HeldBuild> held = new ConcurrentHashMap<>();

	/**
	 * Holds every later build of the style until {@link HeldBuild#release} counts down.
	 */
	HeldBuild hold(String style) {
		HeldBuild build = new HeldBuild(new CountDownLatch(1), new CountDownLatch(1));
		this.held.put(style, build);
		return build;
	}

	int builds(String style, String locale) {
		return this.builds.getOrDefault(key(style, locale), new AtomicInteger()).get();
	}

	int formats(String style, String locale) {
		return this.formats.getOrDefault(key(style, locale), new AtomicInteger()).get();
	}

	@Override
	public Engine build(String style, String locale) {
		this.builds.computeIfAbsent(key(style, locale), (key) -> new AtomicInteger()).incrementAndGet();
		HeldBuild build = this.held.get(style);
		if (build != null) {
			build.started().countDown();
			try {
				build.release().await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while held", ex);
			}
		}
		return (item) -> {
			this.formats.computeIfAbsent(key(style, locale), (key) -> new AtomicInteger()).incrementAndGet();
			return text(style, locale, item);
		};
	}

	static String text(String style, String locale, CSLItemData item) {
		return key(style, locale) + " " + item.getURL();
	}

	private static String key(String style, String locale) {
		return style + "|" + locale;
	}

	/** A build that has started and waits to be released. */
	record HeldBuild(CountDownLatch started, CountDownLatch release) {
	}

}
