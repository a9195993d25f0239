package org.colophon.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many failed log-ins an account tolerates and how long it is then locked. The
 * settings keep the {@code colophon.access} prefix they were published under.
 */
@ConfigurationProperties("colophon.access")
record SignInProperties(@DefaultValue("5") int maxFailedLogins, @DefaultValue("15m") Duration loginLockout,
		@DefaultValue("100") int maxFailedLoginsPerAccount) {
}
