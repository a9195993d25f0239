package org.colophon.citation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The CSL styles of the {@code org.citationstyles:styles} artifact: independent styles at
 * its root, dependent ones (which only rename a parent) under {@code dependent/}. Listing
 * and reading the titles of ten thousand files takes a moment, so the list is made once,
 * on the first search.
 */
@Component
class StyleIndex {

	private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

	private static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>");

	private static final Pattern PARENT = Pattern
		.compile("<link\\s+href=\"https?://www\\.zotero\\.org/styles/([a-z0-9-]+)\"\\s+rel=\"independent-parent\"");

	private static final int HEAD_BYTES = 4096;

	/** More than the number of shipped styles, so only made-up ids can be left out. */
	private static final int MAX_RESOLVED = 20_000;

	/**
	 * What each asked-for id resolved to; reading style files from the jar costs more
	 * than a page.
	 */
	private final Map<String, Optional<String>> resolved = new ConcurrentHashMap<>();

	private volatile List<CitationStyle> styles;

	/**
	 * Styles whose id or title contains every word of the query, ids that start with the
	 * query first.
	 */
	List<CitationStyle> search(String query, int limit) {
		String[] words = query.toLowerCase(Locale.ROOT).strip().split("\\s+");
		String whole = query.toLowerCase(Locale.ROOT).strip();
		return all().stream().filter((style) -> {
			String text = style.id() + " " + style.title().toLowerCase(Locale.ROOT);
			for (String word : words) {
				if (!text.contains(word)) {
					return false;
				}
			}
			return true;
		})
			.sorted(Comparator.comparing((CitationStyle style) -> !style.id().startsWith(whole))
				.thenComparing(CitationStyle::id))
			.limit(limit)
			.toList();
	}

	List<CitationStyle> all() {
		List<CitationStyle> result = this.styles;
		if (result == null) {
			synchronized (this) {
				result = this.styles;
				if (result == null) {
					result = load();
					this.styles = result;
				}
			}
		}
		return result;
	}

	/**
	 * The style a citeproc engine must load for this id: the style itself when
	 * independent, its parent when dependent; empty when no such style is shipped.
	 */
	Optional<String> independentStyle(String id) {
		if (id == null || !ID.matcher(id).matches()) {
			return Optional.empty();
		}
		Optional<String> known = this.resolved.get(id);
		if (known != null) {
			return known;
		}
		Optional<String> found = lookUp(id);
		if (this.resolved.size() < MAX_RESOLVED) {
			this.resolved.put(id, found);
		}
		return found;
	}

	/**
	 * Reads the style files to resolve an id: an independent style is itself, a dependent
	 * one names its parent.
	 */
	private Optional<String> lookUp(String id) {
		if (new ClassPathResource(id + ".csl").exists()) {
			return Optional.of(id);
		}
		Resource dependent = new ClassPathResource("dependent/" + id + ".csl");
		if (!dependent.exists()) {
			return Optional.empty();
		}
		Matcher parent = PARENT.matcher(head(dependent));
		return (parent.find() && new ClassPathResource(parent.group(1) + ".csl").exists())
				? Optional.of(parent.group(1)) : Optional.empty();
	}

	/** The title of a shipped style, empty when there is none. */
	Optional<String> title(String id) {
		if (independentStyle(id).isEmpty()) {
			return Optional.empty();
		}
		Resource resource = new ClassPathResource(id + ".csl");
		if (!resource.exists()) {
			resource = new ClassPathResource("dependent/" + id + ".csl");
		}
		return titleIn(head(resource));
	}

	private static List<CitationStyle> load() {
		try {
			String apa = new ClassPathResource("apa.csl").getURL().toString();
			String root = apa.substring(0, apa.length() - "apa.csl".length());
			PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
			List<CitationStyle> found = new ArrayList<>();
			for (String pattern : List.of(root + "*.csl", root + "dependent/*.csl")) {
				for (Resource resource : resolver.getResources(pattern)) {
					String name = resource.getFilename();
					if (name == null) {
						continue;
					}
					String id = name.substring(0, name.length() - ".csl".length());
					found.add(new CitationStyle(id, titleIn(head(resource)).orElse(id)));
				}
			}
			found.sort(Comparator.comparing(CitationStyle::id));
			return List.copyOf(found);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not list the shipped CSL styles", ex);
		}
	}

	private static Optional<String> titleIn(String head) {
		Matcher title = TITLE.matcher(head);
		if (!title.find()) {
			return Optional.empty();
		}
		return Optional.of(title.group(1)
			.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&quot;", "\"")
			.replace("&apos;", "'")
			.replace("&amp;", "&")
			.strip());
	}

	private static String head(Resource resource) {
		try (InputStream in = resource.getInputStream()) {
			return new String(in.readNBytes(HEAD_BYTES), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read style " + resource, ex);
		}
	}

}
