package org.colophon.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Stream;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium and the few things the tests do with it: open pages, press keys,
 * measure and look.
 */
final class Browser implements AutoCloseable {

	static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final int HEIGHT = 900;

	private final ChromeDriver driver;

	private final String baseUrl;

	private final Path profile;

	private Browser(ChromeDriver driver, String baseUrl, Path profile) {
		this.driver = driver;
		this.baseUrl = baseUrl;
		this.profile = profile;
	}

	static Browser start(Path chromium, Path chromedriver, String baseUrl, boolean javascript) {
		try {
			Path profile = Files.createTempDirectory("colophon-chromium-");
			ChromeOptions options = new ChromeOptions();
			options.setBinary(chromium.toFile());
			options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
					"--user-data-dir=" + profile, "--window-size=1280," + HEIGHT);
			options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
			if (!javascript) {
				options.setExperimentalOption("prefs",
						Map.of("profile.managed_default_content_settings.javascript", 2));
			}
			ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile())
				.usingAnyFreePort()
				.build();
			Browser browser = new Browser(new ChromeDriver(service, options), baseUrl, profile);
			browser.viewport(1280);
			return browser;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	String baseUrl() {
		return this.baseUrl;
	}

	ChromeDriver driver() {
		return this.driver;
	}

	/**
	 * Loads a page of the application; keyboard focus starts at the top of the document,
	 * as for a reader arriving.
	 */
	void open(String path) {
		this.driver.get(this.baseUrl + path);
	}

	String path() {
		String url = this.driver.getCurrentUrl();
		return url.startsWith(this.baseUrl) ? url.substring(this.baseUrl.length()) : url;
	}

	WebElement find(String css) {
		return this.driver.findElement(By.cssSelector(css));
	}

	List<WebElement> findAll(String css) {
		return this.driver.findElements(By.cssSelector(css));
	}

	Object script(String script, Object... arguments) {
		return this.driver.executeScript(script, arguments);
	}

	WebElement focused() {
		return this.driver.switchTo().activeElement();
	}

	void press(CharSequence key) {
		new Actions(this.driver).sendKeys(key).perform();
	}

	/**
	 * Presses Tab until the element has focus, as a keyboard user would.
	 */
	void tabTo(WebElement element) {
		for (int presses = 0; presses < 100; presses++) {
			if (element.equals(focused())) {
				return;
			}
			press(Keys.TAB);
		}
		throw new AssertionError("Tab never reached " + element.getTagName() + " '" + element.getText() + "'");
	}

	void waitUntil(Function<Browser, Boolean> condition) {
		new WebDriverWait(this.driver, Duration.ofSeconds(10)).until((driver) -> condition.apply(this));
	}

	/**
	 * Sets the layout viewport exactly, which a window size cannot do in headless mode
	 * below its minimum width.
	 */
	void viewport(int width) {
		viewport(width, HEIGHT);
	}

	private void viewport(int width, int height) {
		this.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
	}

	/**
	 * The axe-core rules for WCAG 2.1 A and AA that the page, or the parts matching the
	 * selectors, break.
	 */
	List<String> accessibilityViolations(String... include) {
		AxeBuilder axe = new AxeBuilder().withTags(WCAG_21_AA);
		for (String selector : include) {
			axe.include(selector);
		}
		Results results = axe.analyze(this.driver);
		if (results.isErrored()) {
			throw new IllegalStateException("axe-core failed: " + results.getErrorMessage());
		}
		List<String> violations = new ArrayList<>();
		for (Rule rule : results.getViolations()) {
			rule.getNodes()
				.forEach((node) -> violations.add(rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp()
						+ " at " + node.getTarget() + ": " + node.getFailureSummary()));
		}
		return violations;
	}

	/**
	 * What the page wrote to the console at level SEVERE since the last call, such as
	 * failed loads and CSP violations.
	 */
	List<String> consoleErrors() {
		return this.driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter((entry) -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.map(LogEntry::getMessage)
			.toList();
	}

	/**
	 * Every resource the page loaded, as the Performance API recorded it.
	 */
	@SuppressWarnings("unchecked")
	List<String> resourceUrls() {
		return (List<String>) script(
				"return performance.getEntriesByType('resource').map(function (entry) { return entry.name; });");
	}

	/**
	 * Writes the whole page, not only the viewport, at the current width.
	 */
	Path screenshotPage(String name) {
		Number height = (Number) script("return document.documentElement.scrollHeight;");
		Number width = (Number) script("return window.innerWidth;");
		return screenshot(name, Map.of("format", "png", "captureBeyondViewport", true, "clip",
				Map.of("x", 0, "y", 0, "width", width.intValue(), "height", height.intValue(), "scale", 1)));
	}

	/**
	 * Writes what the reader sees, such as an open dialog over the page.
	 */
	Path screenshotViewport(String name) {
		return screenshot(name, Map.of("format", "png"));
	}

	private Path screenshot(String name, Map<String, Object> parameters) {
		Map<String, Object> result = this.driver.executeCdpCommand("Page.captureScreenshot", parameters);
		try {
			Files.createDirectories(SCREENSHOTS);
			Path file = SCREENSHOTS.resolve(name + ".png");
			Files.write(file, Base64.getDecoder().decode((String) result.get("data")));
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		try {
			this.driver.quit();
		}
		finally {
			deleteProfile();
		}
	}

	private void deleteProfile() {
		try (Stream<Path> files = Files.walk(this.profile)) {
			files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
		}
		catch (IOException ex) {
			// A profile left in the temp folder is harmless; the test result matters
			// more.
		}
	}

}
