package org.colophon.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Runs the periodic house-keeping of this instance (the clean-up of
 * {@link SharedCounters}); work that must run once across instances is scheduled in the
 * database instead.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfiguration {

}
