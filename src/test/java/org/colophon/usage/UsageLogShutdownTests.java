package org.colophon.usage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.colophon.access.AccessBasis;
import org.colophon.access.AccessDecision;
import org.colophon.content.ContentFormat;
import org.colophon.content.FullTextRequested;
import org.colophon.search.SearchPerformed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Closing the application context writes every event still in the buffer: an application
 * on a database file records fewer events than a batch, with an interval far longer than
 * the test, is closed, and the file, opened again, holds them all.
 */
class UsageLogShutdownTests {

	@TempDir
	private Path folder;

	@Test
	void closingTheContextWritesWhatIsPending() throws SQLException {
		String url = "jdbc:h2:file:" + this.folder.resolve("usage").toAbsolutePath();
		ApplicationContextRunner application = new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
					DataSourceTransactionManagerAutoConfiguration.class, JdbcTemplateAutoConfiguration.class,
					TransactionAutoConfiguration.class, FlywayAutoConfiguration.class))
			.withUserConfiguration(UsageLogTestConfiguration.class, ClockConfiguration.class)
			.withPropertyValues("spring.datasource.url=" + url, "spring.flyway.locations=classpath:db/migration",
					"spring.datasource.username=sa", "spring.datasource.password=", "colophon.usage.batch-size=100",
					"colophon.usage.flush-interval=1h");
		Instant now = Instant.now();
		AccessDecision decision = new AccessDecision(true, AccessBasis.FREE, null, null, null, null, List.of());

		application.run((context) -> {
			UsageLog log = context.getBean(UsageLog.class);
			assertThat(log.isRunning()).isTrue();
			for (int second = 0; second < 7; second++) {
				log.record(UsageEvent.of(new FullTextRequested(now.plusSeconds(second), "c1", "b1", ContentFormat.PDF,
						null, "closing", decision, null, "Mozilla/5.0"), false));
			}
			log.record(SearchEvent.of(new SearchPerformed(now, null, "closing", null, "Mozilla/5.0", "q"), false));
			assertThat(count(url, "usage_event")).as("nothing written before the close").isZero();
		});

		assertThat(count(url, "usage_event")).isEqualTo(7);
		assertThat(count(url, "search_event")).isOne();
	}

	private static long count(String url, String table) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class ClockConfiguration {

		@Bean
		Clock clock() {
			return Clock.systemUTC();
		}

	}

}
