package org.colophon.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Searching from the header of any page, with the keyboard alone.
 */
@BrowserTest
class SearchBrowserTests {

	@Test
	void searchesFromTheHeaderWithTheKeyboardAndReachesAChapter(Browser browser) {
		browser.open(SitePage.BOOK.path(browser.baseUrl()));

		browser.tabTo(browser.find("header form[role=search] input[name=q]"));
		browser.press("purges moscow");
		browser.press(Keys.ENTER);
		browser.waitUntil((b) -> b.path().startsWith("/search?"));
		assertThat(browser.find(".search-total").getText()).isEqualTo("1 result");
		assertThat(browser.find(".result h2 mark").getText()).isEqualTo("Purges");

		browser.tabTo(browser.find(".result h2 a"));
		browser.press(Keys.ENTER);
		browser.waitUntil((b) -> b.path().startsWith("/chapters/"));
		assertThat(browser.find("h1").getText()).contains("The Great Terror on the Local Level");
		assertThat(browser.accessibilityViolations()).isEmpty();
	}

	@Test
	void offersSuggestionsAsTheReaderTypesAndTheArrowKeysReachThem(Browser browser) {
		browser.open("/");

		browser.tabTo(browser.find("header form[role=search] input[name=q]"));
		browser.press("great ter");
		browser.waitUntil((b) -> b.findAll(".site-search .suggestions a")
			.stream()
			.anyMatch((link) -> link.getText().contains("Great Terror")));
		browser.press(Keys.ARROW_DOWN);
		WebElement suggestion = browser.focused();
		assertThat(suggestion.getText()).contains("The Great Terror on the Local Level");

		browser.press(Keys.ENTER);
		browser.waitUntil((b) -> b.path().startsWith("/chapters/"));
		assertThat(browser.find("h1").getText()).contains("The Great Terror on the Local Level");
	}

}
