package org.colophon.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Creates the administrator account from the environment at startup, when both the
 * address and the password are set and no account has that address yet. There is never a
 * default password.
 */
@Component
class AdminAccountInitializer implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(AdminAccountInitializer.class);

	private final AdminProperties properties;

	private final ReaderService readers;

	AdminAccountInitializer(AdminProperties properties, ReaderService readers) {
		this.properties = properties;
		this.readers = readers;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!StringUtils.hasText(this.properties.email()) || !StringUtils.hasText(this.properties.password())) {
			return;
		}
		try {
			this.readers.create(this.properties.email(), new Password(this.properties.password()), Role.ADMIN, null);
			logger.info("Created the administrator account {}", this.properties.email());
		}
		catch (DuplicateEmailException ex) {
			logger.info("The administrator account {} already exists", this.properties.email());
		}
		catch (IllegalArgumentException ex) {
			logger.error("The administrator account was not created: {}", ex.getMessage());
		}
	}

}
