package org.colophon.account;

import org.colophon.system.SecurityRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.stereotype.Component;

/**
 * A signed-in session holds only while its reader's account does, with the same role.
 */
@Component
class AccountSecurityRules implements SecurityRules {

	private final ReaderService readers;

	AccountSecurityRules(ReaderService readers) {
		this.readers = readers;
	}

	@Override
	public void applyTo(HttpSecurity http) {
		http.addFilterAfter(new ReaderSessionFilter(this.readers), SecurityContextHolderFilter.class);
	}

}
