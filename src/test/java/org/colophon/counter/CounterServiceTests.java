package org.colophon.counter;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.colophon.RepositoryTest;
import org.colophon.SettableClock;
import org.colophon.counter.CounterReport.Row;
import org.colophon.usage.UsageLogTestConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * COUNTER's processing rules and every report against the hand-computed fixture month in
 * {@link CounterFixtures}, on the real schema: the counting is done by the SQL.
 */
@RepositoryTest
@Import({ UsageQueries.class, CounterService.class, UsageLogTestConfiguration.class, CounterServiceTests.Config.class })
class CounterServiceTests {

	private static final YearMonth FEBRUARY = YearMonth.of(2026, 2);

	@Autowired
	private CounterService counter;

	@Autowired
	private JdbcClient jdbc;

	private CounterFixtures fixtures;

	private Customer a;

	@BeforeEach
	void loadFixtureMonth() {
		this.fixtures = new CounterFixtures(this.jdbc).load();
		this.a = this.counter.customer(this.fixtures.institutionA);
	}

	@Test
	void aDoubleClickCountsOnce() {
		Row c1 = onlyRow(report(ReportType.IR, "C1"));

		// s1: two PDF clicks 10 s apart count once, the HTML once; s2: two clicks 31 s
		// apart
		// count twice; the robot's click not at all.
		assertThat(c1.total(Metric.Total_Item_Requests)).isEqualTo(4);
	}

	@Test
	void twoSessionsCountTwiceAsUniqueItemsAndOneSessionOnce() {
		Row c1 = onlyRow(report(ReportType.IR, "C1"));

		assertThat(c1.total(Metric.Unique_Item_Requests)).isEqualTo(2);
		assertThat(c1.total(Metric.Unique_Item_Investigations)).isEqualTo(2);
	}

	@Test
	void aRobotCountsZero() {
		this.fixtures.event("2026-02-20T10:00:00Z", "robot-only", "C3", "B2", "PDF", "OPEN_ACCESS",
				this.fixtures.institutionB, true);

		CounterReport report = this.counter.report(this.counter.customer(this.fixtures.institutionB),
				ReportQuery.of(ReportType.IR, FEBRUARY, FEBRUARY), List.of());

		assertThat(report.rows()).extracting(Row::chapterId).containsExactly("C1");
	}

	@Test
	void aTurnawayAppearsInTrB2() {
		CounterReport report = this.counter.report(this.a, ReportQuery.of(ReportType.TR_B2, FEBRUARY, FEBRUARY),
				List.of());

		Row alpha = onlyRow(report);
		assertThat(alpha.bookTitle()).isEqualTo("Alpha Book");
		assertThat(alpha.yop()).isEqualTo("2020");
		assertThat(alpha.total(Metric.No_License)).isEqualTo(2);
		assertThat(alpha.total(Metric.Limit_Exceeded)).isZero();
		assertThat(report.metrics()).containsExactly(Metric.Limit_Exceeded, Metric.No_License);
	}

	@Test
	void platformReportCountsTheInstitutionsMonth() {
		CounterReport report = this.counter.report(this.a, ReportQuery.of(ReportType.PR, FEBRUARY, FEBRUARY),
				List.of());

		Row platform = onlyRow(report);
		assertThat(platform.total(Metric.Total_Item_Investigations)).isEqualTo(7);
		assertThat(platform.total(Metric.Total_Item_Requests)).isEqualTo(7);
		assertThat(platform.total(Metric.Unique_Item_Requests)).isEqualTo(5);
		assertThat(platform.total(Metric.Unique_Title_Requests)).isEqualTo(4);
		assertThat(platform.total(Metric.Unique_Title_Investigations)).isEqualTo(4);
		assertThat(report.notices()).isEmpty();
	}

	@Test
	void platformUsageViewHasItsFourMetrics() {
		CounterReport report = this.counter.report(this.a, ReportQuery.of(ReportType.PR_P1, FEBRUARY, FEBRUARY),
				List.of());

		assertThat(report.metrics()).containsExactly(Metric.Searches_Platform, Metric.Total_Item_Requests,
				Metric.Unique_Item_Requests, Metric.Unique_Title_Requests);
		Row platform = onlyRow(report);
		assertThat(platform.total(Metric.Total_Item_Requests)).isEqualTo(7);
		assertThat(platform.total(Metric.Unique_Item_Requests)).isEqualTo(5);
		assertThat(platform.total(Metric.Unique_Title_Requests)).isEqualTo(4);
	}

	@Test
	void aSearchRepeatedWithinThirtySecondsCountsOnceAndARobotsSearchNotAtAll() {
		long b = this.fixtures.institutionB;
		// s1 runs q1 three times: 20 s apart (once), then 40 s later (again); q2 once. s2
		// runs q1 once. A robot's search and institution B's do not count for A.
		this.fixtures.search("2026-02-10T10:00:00Z", "s1", "q1", this.fixtures.institutionA, false);
		this.fixtures.search("2026-02-10T10:00:20Z", "s1", "q1", this.fixtures.institutionA, false);
		this.fixtures.search("2026-02-10T10:01:00Z", "s1", "q1", this.fixtures.institutionA, false);
		this.fixtures.search("2026-02-10T10:00:25Z", "s1", "q2", this.fixtures.institutionA, false);
		this.fixtures.search("2026-02-10T10:00:21Z", "s2", "q1", this.fixtures.institutionA, false);
		this.fixtures.search("2026-02-10T10:00:22Z", "s3", "q1", this.fixtures.institutionA, true);
		this.fixtures.search("2026-02-10T10:00:23Z", "s4", "q1", b, false);

		Row a = onlyRow(this.counter.report(this.a, ReportQuery.of(ReportType.PR, FEBRUARY, FEBRUARY), List.of()));
		Row world = onlyRow(this.counter.report(this.counter.world(), ReportQuery.of(ReportType.PR, FEBRUARY, FEBRUARY),
				List.of()));

		assertThat(a.total(Metric.Searches_Platform)).isEqualTo(4);
		assertThat(a.total(Metric.Total_Item_Requests)).isEqualTo(7);
		assertThat(world.total(Metric.Searches_Platform)).isEqualTo(5);
	}

	@Test
	void aMonthWithSearchesAndNoRequestsHasAPlatformRowAndNoTitleReportsRow() {
		YearMonth december = YearMonth.of(2025, 12);
		this.fixtures.search("2025-12-15T09:00:00Z", "s9", "q9", this.fixtures.institutionA, false);

		Row platform = onlyRow(
				this.counter.report(this.a, ReportQuery.of(ReportType.PR_P1, december, december), List.of()));
		CounterReport titles = this.counter.report(this.a, ReportQuery.of(ReportType.TR, december, december),
				List.of());

		assertThat(platform.total(Metric.Searches_Platform)).isEqualTo(1);
		assertThat(platform.total(Metric.Total_Item_Requests)).isZero();
		assertThat(titles.metrics()).doesNotContain(Metric.Searches_Platform);
		assertThat(titles.rows()).isEmpty();
	}

	@Test
	void theWholePlatformCountsEveryInstitution() {
		CounterReport report = this.counter.report(this.counter.world(),
				ReportQuery.of(ReportType.PR_P1, FEBRUARY, FEBRUARY), List.of());

		Row platform = onlyRow(report);
		assertThat(platform.total(Metric.Total_Item_Requests)).isEqualTo(8);
		assertThat(platform.total(Metric.Unique_Item_Requests)).isEqualTo(6);
		assertThat(platform.total(Metric.Unique_Title_Requests)).isEqualTo(5);
		assertThat(report.customer().customerId()).isEqualTo("0000000000000000");
	}

	@Test
	void titleReportCountsEachBook() {
		CounterReport report = this.counter.report(this.a, ReportQuery.of(ReportType.TR, FEBRUARY, FEBRUARY),
				List.of());

		assertThat(report.rows()).extracting(Row::bookTitle).containsExactly("Alpha Book", "Beta Book");
		Row alpha = report.rows().get(0);
		assertThat(alpha.total(Metric.Total_Item_Requests)).isEqualTo(5);
		assertThat(alpha.total(Metric.Unique_Item_Requests)).isEqualTo(3);
		assertThat(alpha.total(Metric.Unique_Title_Requests)).isEqualTo(2);
		assertThat(alpha.total(Metric.No_License)).isEqualTo(2);
		assertThat(alpha.publisher()).isEqualTo("Ridgeway Press");
		assertThat(alpha.accessType()).isNull();
		Row beta = report.rows().get(1);
		assertThat(beta.total(Metric.Total_Item_Requests)).isEqualTo(2);
		assertThat(beta.total(Metric.Unique_Item_Requests)).isEqualTo(2);
		assertThat(beta.total(Metric.Unique_Title_Requests)).isEqualTo(2);
		assertThat(beta.total(Metric.No_License)).isZero();
		assertThat(beta.yop()).isEqualTo("0001");
	}

	@Test
	void titleReportSplitsByAccessTypeWhenAsked() {
		ReportQuery query = new ReportQuery(ReportType.TR, FEBRUARY, FEBRUARY, Set.of(), Set.of(), List.of(), null,
				true, true, false, false, false);

		CounterReport report = this.counter.report(this.a, query, List.of());

		assertThat(report.rows())
			.extracting(Row::bookTitle, Row::accessType, (row) -> row.total(Metric.Total_Item_Requests))
			.containsExactly(tuple("Alpha Book", "Controlled", 5L), tuple("Beta Book", "Free_To_Read", 1L),
					tuple("Beta Book", "Open", 1L));
	}

	@Test
	void bookRequestsViewCountsOnlyControlledAccess() {
		CounterReport report = this.counter.report(this.a, ReportQuery.of(ReportType.TR_B1, FEBRUARY, FEBRUARY),
				List.of());

		Row alpha = onlyRow(report);
		assertThat(alpha.bookTitle()).isEqualTo("Alpha Book");
		assertThat(alpha.total(Metric.Total_Item_Requests)).isEqualTo(5);
		assertThat(alpha.total(Metric.Unique_Title_Requests)).isEqualTo(2);
	}

	@Test
	void usageByAccessTypeViewAlwaysSplitsByAccessType() {
		CounterReport report = this.counter.report(this.a, ReportQuery.of(ReportType.TR_B3, FEBRUARY, FEBRUARY),
				List.of());

		assertThat(report.rows()).extracting(Row::accessType).containsExactly("Controlled", "Free_To_Read", "Open");
		assertThat(report.rows().get(0).total(Metric.Unique_Item_Investigations)).isEqualTo(3);
		assertThat(report.rows().get(2).total(Metric.Unique_Title_Requests)).isEqualTo(1);
	}

	@Test
	void itemReportCountsEachChapter() {
		CounterReport report = this.counter.report(this.a, ReportQuery.of(ReportType.IR, FEBRUARY, FEBRUARY),
				List.of());

		assertThat(report.rows())
			.extracting(Row::chapterTitle, (row) -> row.total(Metric.Total_Item_Requests),
					(row) -> row.total(Metric.Unique_Item_Requests), (row) -> row.total(Metric.No_License))
			.containsExactly(tuple("First Chapter", 4L, 2L, 0L), tuple("Second Chapter", 1L, 1L, 2L),
					tuple("Free Chapter", 1L, 1L, 0L), tuple("Open Chapter", 1L, 1L, 0L));
	}

	@Test
	void theCurrentMonthIsReportedAsItStandsWithException3031() {
		CounterReport report = this.counter.report(this.a,
				ReportQuery.of(ReportType.PR_P1, YearMonth.of(2026, 1), YearMonth.of(2026, 3)), List.of());

		Row platform = onlyRow(report);
		assertThat(report.months()).containsExactly(YearMonth.of(2026, 1), FEBRUARY, YearMonth.of(2026, 3));
		assertThat(platform.count(Metric.Total_Item_Requests, 0)).isEqualTo(1);
		assertThat(platform.count(Metric.Total_Item_Requests, 1)).isEqualTo(7);
		assertThat(platform.count(Metric.Total_Item_Requests, 2)).isEqualTo(1);
		assertThat(report.notices()).extracting(ReportNotice::code).containsExactly(3031);
		assertThat(report.notices().get(0).data()).contains("2026-03");
	}

	@Test
	void aPeriodWithoutUsageCarriesException3030() {
		CounterReport report = this.counter.report(this.a,
				ReportQuery.of(ReportType.TR, YearMonth.of(2025, 6), YearMonth.of(2025, 7)), List.of());

		assertThat(report.rows()).isEmpty();
		assertThat(report.notices()).extracting(ReportNotice::code).containsExactly(3030);
	}

	@Test
	void monthlyUsageIsTheInstitutionsOwn() {
		List<MonthlyUsage> usage = this.counter.monthlyUsage(this.fixtures.institutionA, YearMonth.of(2026, 1),
				YearMonth.of(2026, 3));

		assertThat(usage).containsExactly(new MonthlyUsage(YearMonth.of(2026, 1), 1, 1, 1, 0),
				new MonthlyUsage(FEBRUARY, 7, 5, 4, 2), new MonthlyUsage(YearMonth.of(2026, 3), 1, 1, 1, 0));
		assertThat(this.counter.monthlyUsage(this.fixtures.institutionB, FEBRUARY, FEBRUARY))
			.containsExactly(new MonthlyUsage(FEBRUARY, 1, 1, 1, 0));
	}

	@Test
	void firstMonthAvailableIsTheCustomersFirstUsage() {
		assertThat(this.counter.firstMonthAvailable(this.a)).isEqualTo(YearMonth.of(2026, 1));
		assertThat(this.counter.firstMonthAvailable(this.counter.customer(this.fixtures.institutionB)))
			.isEqualTo(FEBRUARY);
		assertThat(this.counter.currentMonth()).isEqualTo(YearMonth.of(2026, 3));
	}

	@Test
	void anUnknownInstitutionHasNoCustomer() {
		assertThatExceptionOfType(InstitutionNotFoundException.class).isThrownBy(() -> this.counter.customer(999_999));
	}

	private CounterReport report(ReportType type, String itemId) {
		ReportQuery query = new ReportQuery(type, FEBRUARY, FEBRUARY, Set.of(), Set.of(), List.of(), itemId, false,
				false, false, false, false);
		return this.counter.report(this.a, query, List.of());
	}

	private static Row onlyRow(CounterReport report) {
		assertThat(report.rows()).hasSize(1);
		return report.rows().get(0);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Config {

		@Bean
		Clock clock() {
			return new SettableClock(CounterFixtures.NOW);
		}

		@Bean
		JdbcClient jdbcClient(DataSource dataSource) {
			return JdbcClient.create(dataSource);
		}

	}

}
