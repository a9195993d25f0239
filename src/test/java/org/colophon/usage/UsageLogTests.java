package org.colophon.usage;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.colophon.RepositoryTest;
import org.colophon.SettableClock;
import org.colophon.access.AccessBasis;
import org.colophon.access.AccessDecision;
import org.colophon.content.ContentFormat;
import org.colophon.content.FullTextRequested;
import org.colophon.search.SearchPerformed;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link UsageLog} on the real schema: when a batch is written, what a failed write and a
 * full buffer do, and that every field arrives as recorded. The writes are driven by
 * calling the writer's own step with a clock the test moves, never by waiting; each test
 * counts the rows of its own session keys.
 */
@RepositoryTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class UsageLogTests {

	private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");

	private static final int BATCH = 3;

	private static final int CAPACITY = 5;

	@Autowired
	private JdbcTemplate jdbcTemplate;

	@Autowired
	private PlatformTransactionManager transactions;

	private final SettableClock clock = new SettableClock(NOW);

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final String session = UUID.randomUUID().toString();

	@Test
	void aFullBatchIsWrittenWithoutWaitingForTheInterval() {
		UsageLog log = log();
		log.record(request(0));
		log.record(request(1));

		log.writeDue();
		assertThat(usageRows()).isZero();

		log.record(request(2));
		log.writeDue();
		assertThat(usageRows()).isEqualTo(BATCH);
	}

	@Test
	void aPartialBatchIsWrittenOnceTheIntervalHasPassedSinceTheLastWrite() {
		UsageLog log = log();
		log.record(request(0));
		log.record(search(1));

		this.clock.advance(Duration.ofMillis(999));
		log.writeDue();
		assertThat(usageRows() + searchRows()).isZero();

		this.clock.advance(Duration.ofMillis(1));
		log.writeDue();
		assertThat(usageRows()).isOne();
		assertThat(searchRows()).isOne();
	}

	@Test
	void flushWritesEverythingRecordedInTheOrderRecorded() {
		UsageLog log = log();
		for (int second = 0; second < 4; second++) {
			log.record(request(second));
		}

		log.flush();

		assertThat(this.jdbc()
			.sql("SELECT occurred_at FROM usage_event WHERE session_key = ? ORDER BY id")
			.param(this.session)
			.query(OffsetDateTime.class)
			.list()).map(OffsetDateTime::toInstant)
			.containsExactly(NOW, NOW.plusSeconds(1), NOW.plusSeconds(2), NOW.plusSeconds(3));
	}

	@Test
	void aFailedWriteKeepsItsEventsCountsTheFailureAndALaterWriteWritesThem() {
		UsageLog log = log();
		log.record(request(0));
		log.record(search(1));

		this.jdbcTemplate.execute("ALTER TABLE usage_event RENAME TO usage_event_away");
		try {
			assertThatExceptionOfType(DataAccessException.class).isThrownBy(log::flush);
			this.clock.advance(Duration.ofSeconds(1));
			log.writeDue();
		}
		finally {
			this.jdbcTemplate.execute("ALTER TABLE usage_event_away RENAME TO usage_event");
		}
		assertThat(this.registry.get(UsageLog.FAILED_WRITES).counter().count()).isEqualTo(2);
		assertThat(usageRows() + searchRows()).isZero();

		this.clock.advance(Duration.ofMillis(999));
		log.writeDue();
		assertThat(usageRows() + searchRows()).as("not tried again before the interval").isZero();

		this.clock.advance(Duration.ofMillis(1));
		log.writeDue();
		assertThat(usageRows()).isOne();
		assertThat(searchRows()).isOne();
	}

	@Test
	void aFullBufferHasTheNextEventWrittenAtOnce() {
		UsageLog log = log();
		for (int second = 0; second < CAPACITY; second++) {
			log.record(request(second));
		}
		assertThat(usageRows()).isZero();

		log.record(request(CAPACITY));

		assertThat(usageRows()).isOne();
		assertThat(this.registry.get(UsageLog.DIRECT_WRITES).counter().count()).isOne();
		log.flush();
		assertThat(usageRows()).isEqualTo(CAPACITY + 1);
	}

	@Test
	void aFullBufferWritesAtOnceFromAReadOnlyTransactionInATransactionOfItsOwn() {
		UsageLog log = log();
		for (int second = 0; second < CAPACITY; second++) {
			log.record(request(second));
		}
		TransactionTemplate readOnly = new TransactionTemplate(this.transactions);
		readOnly.setReadOnly(true);

		readOnly.executeWithoutResult((status) -> log.record(search(CAPACITY)));

		assertThat(searchRows()).isOne();
	}

	@Test
	void anEventRecordedAfterTheLogStoppedIsWrittenAtOnce() {
		UsageLog log = log();
		log.record(request(0));
		log.stop();
		assertThat(usageRows()).isOne();

		log.record(request(1));

		assertThat(usageRows()).isEqualTo(2);
	}

	@Test
	void everyFieldIsWrittenAsRecorded() {
		UsageLog log = log();
		AccessDecision granted = new AccessDecision(true, AccessBasis.INSTITUTION, "Ridgeway University", 7L, null,
				null, List.of());
		AccessDecision denied = new AccessDecision(false, AccessBasis.NONE, null, null, null, AccessDecision.NO_LICENCE,
				List.of());
		log.record(UsageEvent.of(new FullTextRequested(NOW, "c1", "b1", ContentFormat.PDF, 42L, this.session, granted,
				7L, "Mozilla/5.0"), false));
		log.record(UsageEvent.of(new FullTextRequested(NOW.plusSeconds(1), "c2", "b2", ContentFormat.HTML, null,
				this.session, denied, null, "curl/8.5.0"), true));
		log.record(SearchEvent
			.of(new SearchPerformed(NOW.plusSeconds(2), 42L, this.session, 7L, "Mozilla/5.0", "a".repeat(64)), true));

		log.flush();

		List<Map<String, Object>> usage = this.jdbcTemplate.queryForList(
				"SELECT chapter_id, publication_id, format, institution_id, reader_id, granted, basis, denial_reason,"
						+ " robot FROM usage_event WHERE session_key = ? ORDER BY id",
				this.session);
		assertThat(usage).hasSize(2);
		assertThat(usage.get(0))
			.extractingByKeys("CHAPTER_ID", "PUBLICATION_ID", "FORMAT", "INSTITUTION_ID", "READER_ID", "GRANTED",
					"BASIS", "DENIAL_REASON", "ROBOT")
			.containsExactly("c1", "b1", "PDF", 7L, 42L, true, "INSTITUTION", null, false);
		assertThat(usage.get(1))
			.extractingByKeys("CHAPTER_ID", "PUBLICATION_ID", "FORMAT", "INSTITUTION_ID", "READER_ID", "GRANTED",
					"BASIS", "DENIAL_REASON", "ROBOT")
			.containsExactly("c2", "b2", "HTML", null, null, false, null, AccessDecision.NO_LICENCE, true);
		assertThat(this.jdbc()
			.sql("SELECT occurred_at FROM usage_event WHERE session_key = ? ORDER BY id")
			.param(this.session)
			.query(OffsetDateTime.class)
			.list()).map(OffsetDateTime::toInstant).containsExactly(NOW, NOW.plusSeconds(1));
		assertThat(this.jdbcTemplate
			.queryForList("SELECT occurred_at, institution_id, reader_id, query_key, robot FROM search_event"
					+ " WHERE session_key = ?", this.session))
			.singleElement()
			.satisfies((row) -> assertThat(row).extractingByKeys("INSTITUTION_ID", "READER_ID", "QUERY_KEY", "ROBOT")
				.containsExactly(7L, 42L, "a".repeat(64), true));
	}

	private UsageLog log() {
		UsageProperties properties = new UsageProperties(
				new ClassPathResource("org/colophon/usage/" + RobotUserAgents.LIST), BATCH, Duration.ofSeconds(1),
				CAPACITY);
		return new UsageLog(new UsageEventWriter(this.jdbcTemplate), this.transactions, properties, this.clock,
				this.registry);
	}

	private UsageEvent request(int second) {
		AccessDecision decision = new AccessDecision(true, AccessBasis.FREE, null, null, null, null, List.of());
		return UsageEvent.of(new FullTextRequested(NOW.plusSeconds(second), "c1", "b1", ContentFormat.PDF, null,
				this.session, decision, null, "Mozilla/5.0"), false);
	}

	private SearchEvent search(int second) {
		return SearchEvent
			.of(new SearchPerformed(NOW.plusSeconds(second), null, this.session, null, "Mozilla/5.0", "q"), false);
	}

	private long usageRows() {
		return this.jdbc()
			.sql("SELECT COUNT(*) FROM usage_event WHERE session_key = ?")
			.param(this.session)
			.query(Long.class)
			.single();
	}

	private long searchRows() {
		return this.jdbc()
			.sql("SELECT COUNT(*) FROM search_event WHERE session_key = ?")
			.param(this.session)
			.query(Long.class)
			.single();
	}

	private JdbcClient jdbc() {
		return JdbcClient.create(this.jdbcTemplate);
	}

}
