package org.colophon.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Starts Debian's Chromium through ChromeDriver once per test class, after Spring has
 * started the application. Without the browser the tests are skipped on a developer's
 * machine but fail on CI ({@code CI=true}), so that a CI image without Chromium cannot
 * pass by running nothing.
 */
class BrowserExtension implements ExecutionCondition, ParameterResolver, AfterAllCallback {

	static final String CHROMIUM_PROPERTY = "colophon.browser.chromium";

	static final String CHROMEDRIVER_PROPERTY = "colophon.browser.chromedriver";

	private static final AtomicBoolean warned = new AtomicBoolean();

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(BrowserExtension.class);

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		String missing = missingExecutables();
		if (missing.isEmpty()) {
			return ConditionEvaluationResult.enabled("Chromium and ChromeDriver are installed");
		}
		String message = "Browser tests need " + missing
				+ "; install them with `sudo apt-get install chromium chromium-driver` (or point the system properties "
				+ CHROMIUM_PROPERTY + " and " + CHROMEDRIVER_PROPERTY + " at them)";
		if (onCi()) {
			throw new IllegalStateException(message + ". CI=true, so a missing browser fails the build.");
		}
		// Maven's summary shows only a count of skipped tests; say once why, where
		// developers look.
		if (!warned.getAndSet(true)) {
			System.err.println("[WARNING] " + message);
		}
		return ConditionEvaluationResult.disabled(message);
	}

	@Override
	public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return parameterContext.getParameter().getType() == Browser.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		ExtensionContext classContext = classContext(extensionContext);
		return classContext.getStore(NAMESPACE)
			.computeIfAbsent(Browser.class, (key) -> start(classContext), Browser.class);
	}

	@Override
	public void afterAll(ExtensionContext context) {
		Browser browser = context.getStore(NAMESPACE).remove(Browser.class, Browser.class);
		if (browser != null) {
			browser.close();
		}
	}

	private Browser start(ExtensionContext classContext) {
		BrowserTest settings = AnnotationSupport.findAnnotation(classContext.getRequiredTestClass(), BrowserTest.class)
			.orElseThrow(() -> new IllegalStateException("Browser tests are annotated with @BrowserTest"));
		String port = SpringExtension.getApplicationContext(classContext)
			.getEnvironment()
			.getRequiredProperty("local.server.port");
		return Browser.start(chromium(), chromedriver(), "http://localhost:" + port, settings.javascript());
	}

	private static ExtensionContext classContext(ExtensionContext context) {
		ExtensionContext current = context;
		while (current.getTestMethod().isPresent() && current.getParent().isPresent()) {
			current = current.getParent().get();
		}
		return current;
	}

	private static String missingExecutables() {
		StringBuilder missing = new StringBuilder();
		for (Path executable : new Path[] { chromium(), chromedriver() }) {
			if (!Files.isExecutable(executable)) {
				missing.append(missing.isEmpty() ? "" : " and ").append(executable);
			}
		}
		return missing.toString();
	}

	private static boolean onCi() {
		return "true".equalsIgnoreCase(System.getenv("CI"));
	}

	static Path chromium() {
		return Paths.get(System.getProperty(CHROMIUM_PROPERTY, "/usr/bin/chromium"));
	}

	static Path chromedriver() {
		return Paths.get(System.getProperty(CHROMEDRIVER_PROPERTY, "/usr/bin/chromedriver"));
	}

}
