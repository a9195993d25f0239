package org.colophon.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of page in a real browser: accessible, keyboard-usable, reflowing on a
 * narrow screen, light, and loading nothing from elsewhere.
 */
@BrowserTest
class PageBrowserTests {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@ParameterizedTest
	@EnumSource(SitePage.class)
	void meetsWcag21AA(SitePage page, Browser browser) {
		browser.open(page.path(browser.baseUrl()));

		assertThat(browser.accessibilityViolations()).isEmpty();
	}

	@Test
	void accessibilityCheckCatchesAnImageWithoutText(Browser browser) {
		browser.open(SitePage.HOME.path(browser.baseUrl()));
		browser.script("document.getElementById('main').appendChild(document.createElement('img'));");

		assertThat(browser.accessibilityViolations())
			.anySatisfy((violation) -> assertThat(violation).startsWith("image-alt"));
	}

	@ParameterizedTest
	@EnumSource(SitePage.class)
	void hasOneH1AndHeadingsInOrder(SitePage page, Browser browser) {
		browser.open(page.path(browser.baseUrl()));

		@SuppressWarnings("unchecked")
		List<Number> levels = (List<Number>) browser.script("return Array.from(document.querySelectorAll("
				+ "'h1, h2, h3, h4, h5, h6')).map(function (h) { return Number(h.tagName.substring(1)); });");
		assertThat(levels).first().isEqualTo(1L);
		assertThat(levels).filteredOn((level) -> level.intValue() == 1).hasSize(1);
		for (int i = 1; i < levels.size(); i++) {
			assertThat(levels.get(i).intValue()).as("heading %d follows level %d", i, levels.get(i - 1))
				.isLessThanOrEqualTo(levels.get(i - 1).intValue() + 1);
		}
	}

	@ParameterizedTest
	@EnumSource(SitePage.class)
	void declaresItsLanguage(SitePage page, Browser browser) {
		browser.open(page.path(browser.baseUrl()));

		assertThat(browser.find("html").getDomAttribute("lang")).isEqualTo("en");
	}

	@ParameterizedTest
	@EnumSource(SitePage.class)
	void skipLinkIsFirstAndMovesFocusToMain(SitePage page, Browser browser) {
		browser.open(page.path(browser.baseUrl()));

		browser.press(Keys.TAB);
		WebElement skipLink = browser.focused();
		assertThat(skipLink.getDomAttribute("href")).isEqualTo("#main");
		assertThat(skipLink.getRect().getY()).as("the focused skip link is on screen").isGreaterThanOrEqualTo(0);
		assertThat(skipLink.getCssValue("outline-style")).as("focus is visible").isNotEqualTo("none");

		browser.press(Keys.ENTER);
		assertThat(browser.focused().getDomAttribute("id")).isEqualTo("main");
	}

	@ParameterizedTest
	@EnumSource(SitePage.class)
	void showsWhereKeyboardFocusIsOnEveryControl(SitePage page, Browser browser) {
		browser.open(page.path(browser.baseUrl()));
		List<String> unmarked = new ArrayList<>();
		int reached = 0;

		for (browser.press(Keys.TAB); reached < 200; browser.press(Keys.TAB)) {
			WebElement focused = browser.focused();
			boolean backAtSkipLink = reached > 0 && "#main".equals(focused.getDomAttribute("href"));
			if ("body".equals(focused.getTagName()) || backAtSkipLink) {
				break;
			}
			reached++;
			if ("none".equals(focused.getCssValue("outline-style"))
					|| "0px".equals(focused.getCssValue("outline-width"))) {
				unmarked.add(focused.getTagName() + " '" + focused.getText() + "'");
			}
		}

		assertThat(reached).as("controls reached with Tab").isGreaterThan(1);
		assertThat(unmarked).as("focused without a visible outline").isEmpty();
	}

	@ParameterizedTest
	@EnumSource(SitePage.class)
	void reflowsAt320PixelsWithoutHorizontalScrolling(SitePage page, Browser browser) {
		browser.viewport(320);
		try {
			browser.open(page.path(browser.baseUrl()));

			Number scrollWidth = (Number) browser.script("return document.documentElement.scrollWidth;");
			assertThat(scrollWidth.intValue()).isLessThanOrEqualTo(320);
		}
		finally {
			browser.viewport(1280);
		}
	}

	@ParameterizedTest
	@EnumSource(SitePage.class)
	void loadsResourcesOnlyFromItsOwnOrigin(SitePage page, Browser browser) {
		browser.open(page.path(browser.baseUrl()));

		assertThat(browser.resourceUrls()).isNotEmpty()
			.allSatisfy(
					(url) -> assertThat(URI.create(url).resolve("/").toString()).isEqualTo(browser.baseUrl() + "/"));
	}

	@Test
	void consoleCheckCatchesAFailedLoad(Browser browser) {
		browser.open(SitePage.HOME.path(browser.baseUrl()));
		browser.consoleErrors();
		browser.script("var img = document.createElement('img'); img.alt = ''; img.src = '/missing.png';"
				+ "document.getElementById('main').appendChild(img);");

		browser.waitUntil((b) -> (Boolean) b.script("return performance.getEntriesByType('resource')"
				+ ".some(function (e) { return e.name.endsWith('/missing.png'); });"));
		assertThat(browser.consoleErrors()).anySatisfy((error) -> assertThat(error).contains("/missing.png"));
	}

	@ParameterizedTest
	@EnumSource(SitePage.class)
	void writesNoErrorsToTheConsole(SitePage page, Browser browser) {
		browser.consoleErrors();
		String url = browser.baseUrl() + page.path(browser.baseUrl());
		browser.open(page.path(browser.baseUrl()));

		// The 404 page's own status is reported by Chromium as a failed load; that is the
		// point of the page.
		assertThat(browser.consoleErrors()).filteredOn((error) -> !error.startsWith(url + " ")).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(SitePage.class)
	void loadsScriptsWithoutBlockingRendering(SitePage page, Browser browser) {
		browser.open(page.path(browser.baseUrl()));

		// JSON-LD is a data block the browser never runs; every script that runs must be
		// external and deferred.
		assertThat(browser.findAll("script:not([type='application/ld+json'])")).isNotEmpty().allSatisfy((script) -> {
			assertThat(script.getDomAttribute("src")).as("no inline script").isNotBlank();
			assertThat(script.getDomProperty("defer")).isEqualTo("true");
		});
	}

	@Test
	void chapterPageGivesDatesInMachineReadableForm(Browser browser) {
		browser.open(SitePage.CHAPTER.path(browser.baseUrl()));

		assertThat(browser.findAll("time")).isNotEmpty()
			.allSatisfy((time) -> assertThat(time.getDomAttribute("datetime")).matches("\\d{4}-\\d{2}-\\d{2}"));
	}

	@Test
	void chapterPageWeighsAtMost50KilobytesCompressed(Browser browser) {
		browser.open(SitePage.CHAPTER.path(browser.baseUrl()));
		List<String> urls = new ArrayList<>(browser.resourceUrls());
		urls.add(browser.driver().getCurrentUrl());

		long total = urls.stream().mapToLong(PageBrowserTests::compressedSize).sum();

		assertThat(urls).hasSizeGreaterThanOrEqualTo(3);
		assertThat(total).isLessThanOrEqualTo(50 * 1024);
	}

	@Test
	void chapterPageIsPhotographedAtPhoneAndDesktopWidths(Browser browser) {
		for (int width : new int[] { 375, 1280 }) {
			browser.viewport(width);
			browser.open(SitePage.CHAPTER.path(browser.baseUrl()));

			assertThat(browser.screenshotPage("chapter-" + width)).isNotEmptyFile();
		}
		browser.viewport(1280);
	}

	private static long compressedSize(String url) {
		try {
			return HTTP
				.send(HttpRequest.newBuilder(URI.create(url)).header("Accept-Encoding", "gzip").build(),
						HttpResponse.BodyHandlers.ofByteArray())
				.body().length;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
