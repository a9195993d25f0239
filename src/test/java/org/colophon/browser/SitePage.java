package org.colophon.browser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Each kind of page a reader can land on, found from the catalogue listing so that the
 * tests follow the seeds.
 */
enum SitePage {

	HOME, BOOK, CHAPTER, NOT_FOUND, SAVE_KINDLE, SAVE_DROPBOX, SAVE_GOOGLE_DRIVE, CITE, LOG_IN, SIGN_UP, SEARCH, BROWSE,
	BROWSE_YEAR, BROWSE_PUBLISHER;

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final Map<String, Map<SitePage, String>> PATHS = new ConcurrentHashMap<>();

	/**
	 * The path of this page on the application at the base URL.
	 */
	String path(String baseUrl) {
		return PATHS.computeIfAbsent(baseUrl, SitePage::discover).get(this);
	}

	/**
	 * A name fit for a file, such as a screenshot's.
	 */
	String fileName() {
		return name().toLowerCase().replace('_', '-');
	}

	private static Map<SitePage, String> discover(String baseUrl) {
		Document home = Jsoup.parse(get(baseUrl + "/"), baseUrl + "/");
		String book = attribute(home.selectFirst(".book-card h2 a"), "href");
		String chapter = attribute(home.selectFirst(".chapter-list a"), "href");
		String year = attribute(Jsoup.parse(get(baseUrl + "/browse/years")).selectFirst(".browse-list a"), "href");
		String publisher = attribute(Jsoup.parse(get(baseUrl + "/browse/publishers")).selectFirst(".browse-list a"),
				"href");
		return Map.ofEntries(Map.entry(HOME, "/"), Map.entry(BOOK, book), Map.entry(CHAPTER, chapter),
				Map.entry(NOT_FOUND, "/chapters/does-not-exist"), Map.entry(SAVE_KINDLE, chapter + "/save/kindle"),
				Map.entry(SAVE_DROPBOX, chapter + "/save/dropbox"),
				Map.entry(SAVE_GOOGLE_DRIVE, chapter + "/save/google-drive"), Map.entry(CITE, chapter + "/cite"),
				Map.entry(LOG_IN, "/login"), Map.entry(SIGN_UP, "/signup"), Map.entry(SEARCH, "/search?q=terror"),
				Map.entry(BROWSE, "/browse/titles"), Map.entry(BROWSE_YEAR, year),
				Map.entry(BROWSE_PUBLISHER, publisher));
	}

	private static String attribute(Element element, String name) {
		if (element == null) {
			throw new IllegalStateException(
					"The catalogue listing shows no book with a chapter: are the seeds loaded?");
		}
		return element.attr(name);
	}

	static String get(String url) {
		try {
			return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
				.body();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not fetch " + url, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted fetching " + url, ex);
		}
	}

}
