package org.colophon.access;

import java.security.SecureRandom;
import java.util.Base64;

import org.colophon.account.Reader;
import org.colophon.account.ReaderService;
import org.colophon.account.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * With the {@code demo} profile, lets a newcomer see both sides of the access decision: a
 * demo institution on loopback IPv4 entitled to the seed book, and a demo reader with a
 * personal entitlement to it. Runs after the seeds are loaded; does nothing if the demo
 * institution exists.
 */
@Component
@Profile("demo")
@Order(10)
class DemoDataInitializer implements ApplicationRunner {

	static final String INSTITUTION_NAME = "Colophon Demo Library";

	private static final Logger logger = LoggerFactory.getLogger(DemoDataInitializer.class);

	private final DemoProperties properties;

	private final AdminService admin;

	private final ReaderService readers;

	DemoDataInitializer(DemoProperties properties, AdminService admin, ReaderService readers) {
		this.properties = properties;
		this.admin = admin;
		this.readers = readers;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.readers.exists(this.properties.readerEmail())) {
			logger.info("Demo data already present");
			return;
		}
		Institution institution = this.admin.createInstitution(INSTITUTION_NAME, this.properties.institutionRanges());
		boolean generated = !StringUtils.hasText(this.properties.readerPassword());
		String password = generated ? randomPassword() : this.properties.readerPassword();
		Reader reader = this.admin.createReader(this.properties.readerEmail(), password, null, Role.READER);
		for (String bookId : this.properties.publicationIds()) {
			this.admin.createEntitlement(institution.getId(), null, bookId, null, null, null);
			this.admin.createEntitlement(null, reader.getId(), bookId, null, null, null);
		}
		// A password the operator chose may be one they use elsewhere, and logs travel
		// far.
		// Only one made up here is shown: nobody could sign in without it.
		logger.info("Demo: institution '{}' covers {}; sign in as {} with password {}", INSTITUTION_NAME,
				this.properties.institutionRanges(), this.properties.readerEmail(),
				generated ? password : "(the one configured, not shown)");
	}

	private static String randomPassword() {
		byte[] bytes = new byte[12];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
