package org.colophon.browser;

import java.util.List;
import java.util.UUID;

import org.colophon.access.AdminService;
import org.colophon.account.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An institution's administrator asks for new address ranges and the platform admin
 * applies them, both with the keyboard alone, on pages without accessibility violations.
 */
@BrowserTest
class InstitutionBrowserTests {

	private static final String PASSWORD = "a long enough password";

	@Autowired
	private AdminService admin;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aLibraryAsksForRangesAndThePlatformAdminAppliesThem(Browser browser) {
		String name = "Keyboard University " + UUID.randomUUID();
		this.admin.createInstitution(name, List.of("192.0.2.0/25"));
		long institution = this.jdbc.sql("select id from institution where name = ?")
			.param(name)
			.query(Long.class)
			.single();
		String librarian = "librarian-" + UUID.randomUUID() + "@colophon.test";
		this.admin.createReader(librarian, PASSWORD, institution, Role.INSTITUTION_ADMIN);
		String platformAdmin = "admin-" + UUID.randomUUID() + "@colophon.test";
		this.admin.createReader(platformAdmin, PASSWORD, null, Role.ADMIN);

		logIn(browser, librarian, "/institution");
		assertThat(browser.find("h1").getText()).isEqualTo(name);
		assertThat(browser.accessibilityViolations()).isEmpty();
		browser.tabTo(browser.find("#ranges"));
		browser.press("192.0.2.0/24");
		browser.press(Keys.TAB);
		browser.press("Whole subnet");
		browser.tabTo(browser.find("#request-heading ~ form button[type=submit]"));
		browser.press(Keys.ENTER);
		browser.waitUntil((page) -> page.path().endsWith("?requested"));
		assertThat(browser.find(".requests li").getText()).contains("192.0.2.0/24 (waiting)");
		assertThat(browser.accessibilityViolations()).isEmpty();
		browser.screenshotPage("institution-page");

		browser.driver().manage().deleteAllCookies();
		logIn(browser, platformAdmin, "/admin/institutions");
		assertThat(browser.accessibilityViolations()).isEmpty();
		browser.screenshotPage("admin-institutions");
		browser.tabTo(browser.find("button[aria-label='Apply the ranges asked for by " + name + "']"));
		browser.press(Keys.ENTER);
		browser.waitUntil((page) -> page.path().endsWith("?applied"));
		assertThat(browser.find("[role=status]").getText()).isEqualTo("The ranges were applied.");
		assertThat(browser.accessibilityViolations()).isEmpty();
	}

	private static void logIn(Browser browser, String email, String then) {
		browser.open("/login?continue=" + then);
		browser.tabTo(browser.find("#username"));
		browser.press(email);
		browser.press(Keys.TAB);
		browser.press(PASSWORD);
		browser.press(Keys.ENTER);
		browser.waitUntil((page) -> !page.path().startsWith("/login"));
		assertThat(browser.path()).isEqualTo(then);
	}

}
