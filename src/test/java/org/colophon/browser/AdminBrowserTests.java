package org.colophon.browser;

import java.util.List;
import java.util.UUID;

import org.colophon.access.AdminService;
import org.colophon.account.Role;
import org.colophon.catalogue.BookDetails;
import org.colophon.catalogue.CatalogueFixtures;
import org.colophon.catalogue.CatalogueService;
import org.colophon.catalogue.StoreOutcome;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform admin grants an institution a book, is told beside the field what is wrong
 * with a range, and sets a book's price, all with the keyboard alone, on pages without
 * accessibility violations.
 */
@BrowserTest
class AdminBrowserTests {

	private static final String PASSWORD = "a long enough password";

	@Autowired
	private AdminService admin;

	@Autowired
	private CatalogueService catalogue;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void thePlatformAdminGrantsABookAndSetsItsPriceWithTheKeyboard(Browser browser) {
		String tag = UUID.randomUUID().toString();
		StoreOutcome book = this.catalogue.store("admin-browser-" + tag, "h",
				new BookDetails("Keyboard Book " + tag, null, "Admin Press", 2024), List.of(),
				CatalogueFixtures.chapter("1", "Keyboard Chapter " + tag, "1"));
		this.admin.createInstitution("Keyboard Library " + tag, List.of("192.0.2.0/26"));
		long institution = this.jdbc.sql("select id from institution where name = ?")
			.param("Keyboard Library " + tag)
			.query(Long.class)
			.single();
		String platformAdmin = "admin-" + tag + "@colophon.test";
		this.admin.createReader(platformAdmin, PASSWORD, null, Role.ADMIN);
		String path = "/admin/institutions/" + institution;

		logIn(browser, platformAdmin, path);
		assertThat(browser.find("h1").getText()).isEqualTo("Institution: Keyboard Library " + tag);
		assertThat(browser.accessibilityViolations()).isEmpty();
		browser.tabTo(browser.find("#publicationId"));
		browser.press(book.bookId());
		browser.tabTo(browser.find("#grant-heading ~ form button[type=submit]"));
		browser.press(Keys.ENTER);
		browser.waitUntil((page) -> !page.findAll("[role=status]").isEmpty());
		assertThat(browser.path()).isEqualTo(path);
		assertThat(browser.find("[role=status]").getText()).isEqualTo("The entitlement was granted.");
		assertThat(browser.find("table.entitlements tbody tr").getText()).contains(book.bookId(),
				"Keyboard Book " + tag);
		assertThat(browser.accessibilityViolations()).isEmpty();
		browser.screenshotPage("admin-institution");

		browser.tabTo(browser.find("#range"));
		browser.press("10.1.2.3/8");
		browser.press(Keys.ENTER);
		browser.waitUntil((page) -> !page.findAll("#range-error").isEmpty());
		assertThat(browser.find("#range-error").getText()).contains("host bits");
		assertThat(browser.find("#range").getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(browser.find(".error-summary a[href='#range']").getText()).startsWith("Address range:");
		assertThat(browser.accessibilityViolations()).isEmpty();

		browser.tabTo(browser.find("nav.admin-nav a[href='/admin/publications']"));
		browser.press(Keys.ENTER);
		browser.waitUntil((page) -> page.path().equals("/admin/publications"));
		assertThat(browser.accessibilityViolations()).isEmpty();
		browser.tabTo(browser.find("#q"));
		browser.press(book.bookId());
		browser.press(Keys.ENTER);
		browser.waitUntil((page) -> page.path().equals("/admin/publications/" + book.bookId()));
		browser.tabTo(browser.find("#amount"));
		browser.press("19.99");
		browser.tabTo(browser.find("#currency"));
		browser.press("EUR");
		browser.press(Keys.ENTER);
		browser.waitUntil((page) -> !page.findAll("[role=status]").isEmpty());
		assertThat(browser.find("[role=status]").getText()).isEqualTo("The price was set.");
		assertThat(browser.find(".current-price").getText()).isEqualTo("19.99 EUR");
		assertThat(browser.accessibilityViolations()).isEmpty();
		browser.screenshotPage("admin-publication");

		browser.open("/admin/readers?email=admin-" + tag);
		assertThat(browser.find("table.readers tbody tr").getText()).contains(platformAdmin);
		assertThat(browser.accessibilityViolations()).isEmpty();
		browser.tabTo(browser.find("table.readers tbody tr a"));
		browser.press(Keys.ENTER);
		browser.waitUntil((page) -> page.path().startsWith("/admin/readers/"));
		assertThat(browser.find(".role").getText()).isEqualTo("Platform administrator");
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
