package org.colophon.usage;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The usage module's {@link UsageLog} for a test slice of another module that reads usage
 * (its reports flush the log first): the slice brings the data source, the transaction
 * manager and a {@code Clock}.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableConfigurationProperties(UsageProperties.class)
@Import({ UsageLog.class, UsageEventWriter.class })
public class UsageLogTestConfiguration {

	@Bean
	MeterRegistry meterRegistry() {
		return new SimpleMeterRegistry();
	}

}
