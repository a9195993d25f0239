package org.colophon.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chapter page with JavaScript switched off: everything still reachable, the dialogs
 * as plain pages.
 */
@BrowserTest(javascript = false)
class NoScriptBrowserTests {

	@Test
	void chapterPageShowsItsContentWithoutScripts(Browser browser) {
		browser.open(SitePage.CHAPTER.path(browser.baseUrl()));

		assertThat(browser.find("h1").getText()).isNotBlank();
		assertThat(browser.find(".summary").getText()).isNotBlank();
		assertThat(browser.findAll("dialog[open]")).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("org.colophon.browser.Dialogs#onChapterPage")
	void dialogOpenerLeadsToPlainPageWithTheSameForm(String id, Browser browser) {
		browser.open(SitePage.CHAPTER.path(browser.baseUrl()));
		WebElement opener = Dialogs.opener(browser, id);
		String target = opener.getDomAttribute("href");
		String title = Dialogs.title(browser, id);
		var fields = Dialogs.fieldNames(browser, "dialog#" + id);
		assertThat(opener.getDomAttribute("aria-haspopup")).as("a plain link announces no popup").isNull();

		browser.tabTo(opener);
		browser.press(Keys.ENTER);
		browser.waitUntil((b) -> b.path().equals(target));

		assertThat(Dialogs.text(browser.find("h1"))).isEqualTo(title);
		assertThat(Dialogs.fieldNames(browser, "main")).isEqualTo(fields);
		assertThat(browser.findAll("main form, main a[href^='/login'], main .save-form .message"))
			.as("a form, the way to one, or why there is none")
			.isNotEmpty();
		assertThat(browser.findAll("dialog")).isEmpty();
	}

}
