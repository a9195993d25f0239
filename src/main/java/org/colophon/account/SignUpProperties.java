package org.colophon.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-up by e-mail: the address its mails come from, how long a confirmation link holds,
 * and how many unconfirmed sign-ups one address may have at a time (so that nobody can
 * fill a stranger's inbox with them).
 */
@ConfigurationProperties("colophon.sign-up")
record SignUpProperties(@DefaultValue("accounts@colophon.example") String mailFrom,
		@DefaultValue("24h") Duration linkValidity, @DefaultValue("3") int maxWaitingPerAddress) {
}
