package org.colophon.browser;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chapter page's dialogs as keyboard users meet them: reached with Tab, opened with
 * Enter, closed with Escape.
 */
@BrowserTest
class DialogBrowserTests {

	@ParameterizedTest
	@MethodSource("org.colophon.browser.Dialogs#onChapterPage")
	void opensFromKeyboardTakesFocusAndGivesItBackOnEscape(String id, Browser browser) {
		browser.open(SitePage.CHAPTER.path(browser.baseUrl()));
		WebElement opener = Dialogs.opener(browser, id);
		WebElement dialog = Dialogs.dialog(browser, id);

		assertThat(opener.getDomAttribute("aria-haspopup")).isEqualTo("dialog");
		browser.tabTo(opener);
		browser.press(Keys.ENTER);

		assertThat(Dialogs.isOpen(dialog)).isTrue();
		assertThat(browser.path()).isEqualTo(SitePage.CHAPTER.path(browser.baseUrl()));
		assertThat(browser.script("return arguments[0].contains(document.activeElement);", dialog)).isEqualTo(true);

		browser.press(Keys.ESCAPE);

		assertThat(Dialogs.isOpen(dialog)).isFalse();
		assertThat(browser.focused()).isEqualTo(opener);
	}

	@ParameterizedTest
	@MethodSource("org.colophon.browser.Dialogs#onChapterPage")
	void openDialogMeetsWcag21AA(String id, Browser browser) {
		browser.open(SitePage.CHAPTER.path(browser.baseUrl()));
		browser.tabTo(Dialogs.opener(browser, id));
		browser.press(Keys.ENTER);

		assertThat(browser.accessibilityViolations("dialog#" + id)).isEmpty();
		assertThat(browser.screenshotViewport("dialog-" + id)).isNotEmptyFile();
	}

}
