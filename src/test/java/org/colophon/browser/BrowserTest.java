package org.colophon.browser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * Runs the application on a random port against the real seeds, with one headless
 * Chromium for the test class, handed to test methods as a {@link Browser} parameter.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "colophon.seeds.location=seeds", "spring.datasource.url=jdbc:h2:mem:browser;DB_CLOSE_DELAY=-1" })
@ExtendWith(BrowserExtension.class)
@interface BrowserTest {

	/**
	 * Whether pages may run scripts; {@code false} shows the pages as readers without
	 * JavaScript meet them.
	 */
	boolean javascript() default true;

}
