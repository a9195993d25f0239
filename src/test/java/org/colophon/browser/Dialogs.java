package org.colophon.browser;

import java.util.List;
import java.util.stream.Stream;

import org.openqa.selenium.WebElement;

/**
 * The dialogs of the chapter page, each opened by a link marked {@code data-dialog} that,
 * without JavaScript, leads to a plain page with the same form. A new dialog is tested by
 * adding its id here.
 */
final class Dialogs {

	private Dialogs() {
	}

	static Stream<String> onChapterPage() {
		return Stream.of("save-kindle", "save-dropbox", "save-google-drive", "cite");
	}

	static WebElement opener(Browser browser, String dialog) {
		return browser.find("[data-dialog='" + dialog + "']");
	}

	static WebElement dialog(Browser browser, String dialog) {
		return browser.find("dialog#" + dialog);
	}

	static boolean isOpen(WebElement dialog) {
		return dialog.getDomAttribute("open") != null;
	}

	/**
	 * The dialog's title, read from the DOM so that it works while the dialog is closed.
	 */
	static String title(Browser browser, String dialog) {
		return text(browser.find("#" + dialog + " #" + dialog + "-title"));
	}

	/**
	 * The names of the fields a form posts, in order, which the dialog and its plain page
	 * must share.
	 */
	static List<String> fieldNames(Browser browser, String formScope) {
		return browser.findAll(formScope + " form[method='post'] [name]")
			.stream()
			.map((field) -> field.getDomAttribute("name"))
			.toList();
	}

	static String text(WebElement element) {
		return element.getDomProperty("textContent").strip().replaceAll("\\s+", " ");
	}

}
