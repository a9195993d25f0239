package org.colophon;

import java.time.Clock;
import java.util.UUID;
import javax.sql.DataSource;

import org.colophon.system.SharedCounters;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * {@link SharedCounters} on an in-memory H2 database built by the application's
 * migrations, for tests of what counts through them without the application around.
 */
public final class SharedCountersDatabase {

	private final JdbcTemplate jdbc;

	private final SharedCounters counters;

	private SharedCountersDatabase(DataSource dataSource, Clock clock) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.counters = new SharedCounters(this.jdbc, new DataSourceTransactionManager(dataSource), clock);
	}

	/**
	 * The counters on empty tables, in a database migrated once for all the tests (which
	 * do not run in parallel).
	 */
	public static SharedCountersDatabase start(Clock clock) {
		SharedCountersDatabase database = new SharedCountersDatabase(Migrated.DATA_SOURCE, clock);
		database.jdbc.update("delete from shared_counter");
		database.jdbc.update("delete from shared_bucket");
		return database;
	}

	public SharedCounters counters() {
		return this.counters;
	}

	/**
	 * How many counters and buckets are kept.
	 */
	public int rows() {
		return this.jdbc.queryForObject(
				"select (select count(*) from shared_counter) " + "+ (select count(*) from shared_bucket)",
				Integer.class);
	}

	private static final class Migrated {

		static final DataSource DATA_SOURCE = new DriverManagerDataSource(
				"jdbc:h2:mem:counters-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");

		static {
			Flyway.configure().dataSource(DATA_SOURCE).locations("classpath:db/migration").load().migrate();
		}

	}

}
