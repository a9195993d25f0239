package org.colophon.system;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The site's security filter chain and clock, for slice tests in the feature packages,
 * which cannot name these package-private configurations themselves. The chain applies
 * whichever {@link SecurityRules} beans the slice imports.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ SecurityConfiguration.class, ClockConfiguration.class })
public class SystemTestConfiguration {

}
