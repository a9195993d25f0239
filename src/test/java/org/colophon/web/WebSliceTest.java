package org.colophon.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.colophon.access.AccessProperties;
import org.colophon.citation.SiteAddressTestConfiguration;
import org.colophon.delivery.DeliveryProperties;
import org.colophon.system.SystemTestConfiguration;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;

/**
 * A web slice of the controllers named: MVC with the templates and messages, and the
 * site's filter chain with the web module's security rules, so that log-in, CSRF and the
 * API's Basic challenge behave as in the app. A test imports the page assemblers its
 * controller uses as real beans and mocks the services behind them; a stubbing it leaves
 * unused fails it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest(properties = "colophon.site.base-url=http://localhost")
@ExtendWith(UnusedStubbingCheck.class)
@Import({ SystemTestConfiguration.class, WebSecurityRules.class, SiteAddressTestConfiguration.class })
@EnableConfigurationProperties({ AccessProperties.class, DeliveryProperties.class })
@interface WebSliceTest {

	/** The controllers under test. */
	@AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
	Class<?>[] value();

}
