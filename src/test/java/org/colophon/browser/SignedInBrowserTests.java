package org.colophon.browser;

import java.util.UUID;

import org.colophon.access.AdminService;
import org.colophon.account.Reader;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Logging in with the keyboard and seeing the access badge: the reader side of the access
 * decision in a real browser.
 */
@BrowserTest
class SignedInBrowserTests {

	private static final String PASSWORD = "a long enough password";

	@Autowired
	private AdminService admin;

	@Test
	void readerLogsInWithTheKeyboardAndReturnsToTheChapterWithAccess(Browser browser) {
		String chapter = SitePage.CHAPTER.path(browser.baseUrl());
		String bookId = SitePage.BOOK.path(browser.baseUrl()).split("/")[2];
		String email = "browser-" + UUID.randomUUID() + "@colophon.test";
		Reader reader = this.admin.createReader(email, PASSWORD, null, null);
		this.admin.createEntitlement(null, reader.getId(), bookId, null, null, null);

		browser.open(chapter);
		assertThat(browser.findAll(".badge")).isEmpty();
		browser.tabTo(browser.find(".option-card a[href^='/login']"));
		browser.press(Keys.ENTER);
		assertThat(browser.path()).startsWith("/login?continue=");
		browser.tabTo(browser.find("#username"));
		browser.press(email);
		browser.press(Keys.TAB);
		browser.press(PASSWORD);
		browser.press(Keys.ENTER);
		// Enter submits the form; the next page is there once the log-in page has gone.
		browser.waitUntil((page) -> !page.path().startsWith("/login"));

		assertThat(browser.path()).isEqualTo(chapter);
		assertThat(browser.find(".badge").getText()).isEqualTo("You have access");
		assertThat(browser.accessibilityViolations()).isEmpty();
		browser.tabTo(Dialogs.opener(browser, "save-kindle"));
		browser.press(Keys.ENTER);
		assertThat(Dialogs.isOpen(Dialogs.dialog(browser, "save-kindle"))).isTrue();
		assertThat(browser.find("#dialog-kindle-name").isDisplayed()).isTrue();
		assertThat(browser.accessibilityViolations()).isEmpty();
		browser.screenshotViewport("signed-in-kindle-dialog");
	}

}
