package org.colophon.usage;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Where the robots list is read from: the one shipped, or a copy of COUNTER's own
 * {@code COUNTER_Robots_list.json} (for instance
 * {@code file:/etc/colophon/COUNTER_Robots_list.json}), in the same format.
 */
@ConfigurationProperties("colophon.usage")
record UsageProperties(@DefaultValue("classpath:org/colophon/usage/" + RobotUserAgents.LIST) Resource robotsList) {
}
