package org.colophon.browser;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.colophon.browser.HostilePages.assertCitationMeta;
import static org.colophon.browser.HostilePages.assertInert;
import static org.colophon.browser.HostilePages.assertJsonLd;
import static org.colophon.browser.HostilePages.assertTitleWhole;
import static org.colophon.browser.HostilePages.dialogs;
import static org.colophon.browser.HostilePages.violations;

/**
 * A capture whose every text field carries markup, script, {@code javascript:} and
 * template-expression payloads, loaded as the only seed: every page shows the payloads as
 * text, in its body, title, meta tags and JSON-LD, runs none of them and breaks no rule
 * of the Content-Security-Policy.
 */
@BrowserTest
@TestPropertySource(properties = { "colophon.seeds.location=src/test/resources/org/colophon/browser/hostile",
		"spring.datasource.url=jdbc:h2:mem:browser-hostile;DB_CLOSE_DELAY=-1" })
class HostileInputBrowserTests {

	static final String TITLE = "<script>alert('title')</script> \"><img src=x onerror=alert('title')> </title> {{7*7}} [[${7*7}]] javascript:alert('title')";

	static final String PART = "Part <svg onload=alert('part')> </title> {{7*7}} [[${7*7}]]";

	static final String NOTICE = "This chapter <script>alert('notice')</script> \"><img src=x onerror=alert('notice')> is part of a book [[${7*7}]]";

	static final String FIRST_AUTHOR = "Jane \"><img src=x onerror=alert('name')> [[${7*7}]]";

	static final String FIRST_AFFILIATION = "University of <script>alert('affiliation')</script> </title> {{7*7}}";

	static final String SECOND_AUTHOR = "javascript:alert('name') {{7*7}} </title>";

	static final String SECOND_AFFILIATION = "Institute \"><svg onload=alert('affiliation')> [(${7*7})]";

	static final String SUMMARY = "<script>alert('summary')</script> \"><img src=x onerror=alert('summary')> </p></section><iframe src=\"javascript:alert('summary')\"></iframe> {{7*7}} [[${7*7}]] [(${7*7})] __${7*7}__ #{site.name}";

	static final String SUMMARY_CLOSING_SCRIPT = "A second paragraph that would end a script block early: </script><script>alert('json-ld')</script> <!-- ]]> \\u003c";

	static final String BOOK_TITLE = "<script>alert('book')</script> \"><img src=x onerror=alert('book')> </title> {{7*7}} [[${7*7}]]";

	static final String SUBTITLE = "<svg onload=alert('subtitle')> javascript:alert('subtitle') </title> {{7*7}} [[${7*7}]]";

	static final String PUBLISHER = "<b onmouseover=alert('publisher')>Press</b> \"><img src=x onerror=alert('publisher')> </title> [[${7*7}]]";

	static final String ACCESS_NOTE = "Get access to <script>alert('access')</script> \"><img src=x onerror=alert('access')> [[${7*7}]] the full version.";

	static final String REFERENCE = "<script>alert('reference')</script> \"><img src=x onerror=alert('reference')> <a href=\"javascript:alert('reference')\">x</a> [[${7*7}]]";

	static final List<String> CONTENTS = List.of(
			"<script>alert('contents')</script> \"><img src=x onerror=alert('contents')> </title> {{7*7}} [[${7*7}]]",
			"javascript:alert('contents')");

	@BeforeAll
	static void watchEveryPage(Browser browser) {
		HostilePages.watch(browser);
	}

	@ParameterizedTest
	@EnumSource(names = { "HOME", "BOOK", "CHAPTER", "CITE", "SAVE_KINDLE", "SAVE_DROPBOX", "SAVE_GOOGLE_DRIVE" })
	void showsEveryPayloadAsTextAndRunsNone(SitePage page, Browser browser) {
		assertInert(browser, page.path(browser.baseUrl()), expectedText(page));
	}

	@ParameterizedTest
	@EnumSource(names = { "BOOK", "CHAPTER", "CITE", "SAVE_KINDLE" })
	void keepsTheDocumentTitleWhole(SitePage page, Browser browser) {
		assertTitleWhole(browser, page.path(browser.baseUrl()), (page == SitePage.BOOK) ? BOOK_TITLE : TITLE);
	}

	@Test
	void metaTagsCarryThePayloadsAsAttributeValues(Browser browser) {
		browser.open(SitePage.CHAPTER.path(browser.baseUrl()));

		assertCitationMeta(browser, TITLE, List.of(FIRST_AUTHOR, SECOND_AUTHOR),
				List.of(FIRST_AFFILIATION, SECOND_AFFILIATION), PUBLISHER, SUMMARY);
	}

	@Test
	void jsonLdStaysOneDataBlockThatParsesBackToThePayloads(Browser browser) {
		browser.open(SitePage.CHAPTER.path(browser.baseUrl()));

		assertJsonLd(browser, TITLE, SUMMARY + "\n\n" + SUMMARY_CLOSING_SCRIPT, List.of(FIRST_AUTHOR, SECOND_AUTHOR),
				BOOK_TITLE + ": " + SUBTITLE);
	}

	@Test
	void watcherCountsABlockedInlineScriptAndAnAlert(Browser browser) {
		browser.open(SitePage.HOME.path(browser.baseUrl()));
		browser.consoleErrors();

		browser.script("var script = document.createElement('script'); script.textContent = 'window.ran = true;';"
				+ "document.body.appendChild(script); alert('from the test');");

		browser.waitUntil((b) -> !violations(b).isEmpty());
		assertThat(violations(browser)).singleElement().asString().startsWith("script-src-elem");
		assertThat(browser.script("return window.ran === true;")).isEqualTo(false);
		assertThat(dialogs(browser)).containsExactly("alert: from the test");
	}

	private static List<String> expectedText(SitePage page) {
		return switch (page) {
			case HOME -> List.of(BOOK_TITLE, SUBTITLE, TITLE, "Published by " + PUBLISHER);
			case BOOK -> List.of(BOOK_TITLE, SUBTITLE, PUBLISHER, TITLE, CONTENTS.get(0), CONTENTS.get(1));
			case CHAPTER -> List.of(TITLE, "from " + PART, NOTICE, FIRST_AUTHOR, FIRST_AFFILIATION, SECOND_AUTHOR,
					SECOND_AFFILIATION, SUMMARY, SUMMARY_CLOSING_SCRIPT, BOOK_TITLE, SUBTITLE, PUBLISHER, ACCESS_NOTE,
					REFERENCE);
			default -> List.of(TITLE);
		};
	}

}
