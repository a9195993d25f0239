package org.colophon.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The administrator account to create at startup, read from {@code COLOPHON_ADMIN_EMAIL}
 * and {@code COLOPHON_ADMIN_PASSWORD}; nothing is created unless both are set.
 */
@ConfigurationProperties("colophon.admin")
record AdminProperties(String email, String password) {

	@Override
	public String toString() {
		return "AdminProperties[email=" + this.email + "]";
	}

}
