package org.colophon.citation;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The real {@link SiteAddress} with its settings, for slice tests outside this package,
 * which cannot name the package-private settings record.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableConfigurationProperties(SiteProperties.class)
@Import(SiteAddress.class)
public class SiteAddressTestConfiguration {

}
