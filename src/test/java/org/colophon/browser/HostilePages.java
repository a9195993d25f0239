package org.colophon.browser;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the hostile-input browser tests look for on a page: a watcher that counts
 * Content-Security-Policy violations and swallows dialogs, the elements that exist only
 * if a payload was parsed as markup, and the checks every such test makes of a page: the
 * payloads shown as text and run nowhere, the title whole, meta tags and JSON-LD carrying
 * them as data.
 */
final class HostilePages {

	/** Elements and attributes that exist only if a payload was parsed as markup. */
	private static final String INJECTED = "img[src='x'], svg, iframe, b, [onerror], [onload], [onmouseover],"
			+ " a[href^='javascript:' i], script:not([src]):not([type='application/ld+json'])";

	/**
	 * Counts Content-Security-Policy violations and swallows dialogs into a list, in
	 * every document before its own scripts run. Scripts added over the DevTools protocol
	 * are exempt from the page's policy, so the watcher itself breaks no rule.
	 */
	private static final String WATCHER = """
			window.colophonViolations = [];
			window.colophonDialogs = [];
			document.addEventListener('securitypolicyviolation', function (event) {
			  window.colophonViolations.push(event.violatedDirective + ' ' + event.blockedURI + ' ' + event.sample);
			});
			['alert', 'confirm', 'prompt', 'print'].forEach(function (name) {
			  window[name] = function (message) { window.colophonDialogs.push(name + ': ' + message); };
			});
			""";

	private HostilePages() {
	}

	/** Installs the watcher in every document the browser opens from now on. */
	static void watch(Browser browser) {
		browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", WATCHER));
	}

	@SuppressWarnings("unchecked")
	static List<String> violations(Browser browser) {
		return (List<String>) browser.script("return window.colophonViolations;");
	}

	@SuppressWarnings("unchecked")
	static List<String> dialogs(Browser browser) {
		return (List<String>) browser.script("return window.colophonDialogs;");
	}

	/** The visible text of the page's body. */
	static String bodyText(Browser browser) {
		return (String) browser.script("return document.body.innerText;");
	}

	/**
	 * Opens the page and checks that its text shows every payload expected, that no
	 * element was made from one, and that nothing broke the Content-Security-Policy,
	 * opened a dialog or wrote an error to the console.
	 */
	static void assertInert(Browser browser, String path, List<String> expectedText) {
		browser.consoleErrors();
		browser.open(path);

		assertThat(bodyText(browser)).contains(expectedText);
		assertThat(browser.findAll(INJECTED)).as("elements made from payloads").isEmpty();
		assertThat(violations(browser)).as("Content-Security-Policy violations").isEmpty();
		assertThat(dialogs(browser)).as("dialogs opened").isEmpty();
		assertThat(browser.consoleErrors()).isEmpty();
	}

	/**
	 * Opens the page and checks that its one title holds the whole payload: the text
	 * after the payload's {@code </title>} is still in it, so the element was not closed
	 * early.
	 */
	static void assertTitleWhole(Browser browser, String path, String title) {
		browser.open(path);

		assertThat(browser.driver().getTitle()).contains(title);
		assertThat(browser.findAll("head title")).hasSize(1);
	}

	/**
	 * Checks the chapter page open in the browser: its citation and Open Graph meta tags
	 * carry the payloads as attribute values, its description is the start of the
	 * summary, and no payload became a refresh or a base.
	 */
	static void assertCitationMeta(Browser browser, String title, List<String> authors, List<String> affiliations,
			String publisher, String summary) {
		assertThat(meta(browser, "name", "citation_title")).containsExactly(title);
		assertThat(meta(browser, "name", "citation_author")).containsExactlyElementsOf(authors);
		assertThat(meta(browser, "name", "citation_author_institution")).containsExactlyElementsOf(affiliations);
		assertThat(meta(browser, "name", "citation_publisher")).containsExactly(publisher);
		assertThat(meta(browser, "property", "og:title")).containsExactly(title);
		assertThat(meta(browser, "name", "description")).singleElement()
			.satisfies((description) -> assertThat(summary).startsWith(description.replaceAll("\\.\\.\\.$", "")));
		assertThat(browser.findAll("head meta[http-equiv], head base")).as("no refresh or base from a payload")
			.isEmpty();
	}

	/**
	 * Checks the chapter page open in the browser: it has one JSON-LD block, and it
	 * parses back to the payloads.
	 */
	@SuppressWarnings("unchecked")
	static void assertJsonLd(Browser browser, String title, String summary, List<String> authors, String book) {
		assertThat(browser.findAll("script[type='application/ld+json']")).hasSize(1);
		Map<String, Object> jsonLd = jsonLd(browser);
		assertThat(jsonLd).containsEntry("name", title).containsEntry("abstract", summary);
		assertThat((List<Map<String, Object>>) jsonLd.get("author")).extracting((author) -> author.get("name"))
			.containsExactlyElementsOf(authors);
		assertThat((Map<String, Object>) jsonLd.get("isPartOf")).containsEntry("name", book);
	}

	private static List<String> meta(Browser browser, String attribute, String value) {
		return browser.findAll("head meta[" + attribute + "='" + value + "']")
			.stream()
			.map((meta) -> meta.getDomAttribute("content"))
			.toList();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> jsonLd(Browser browser) {
		return (Map<String, Object>) browser
			.script("return JSON.parse(document.querySelector('script[type=\"application/ld+json\"]').textContent);");
	}

}
