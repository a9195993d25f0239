package org.colophon.counter;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.colophon.counter.ReportType.Level;
import org.colophon.counter.UsageQueries.BookRow;
import org.colophon.counter.UsageQueries.ChapterRow;
import org.colophon.usage.UsageLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes COUNTER Release 5.1 reports from the usage events, per institution or for the
 * whole platform, month by month. The current month is reported as it stands so far,
 * flagged with exception 3031 (its usage is not complete); a period without any usage
 * carries exception 3030. Every answer that reads usage first has the usage module write
 * the events it still holds ({@link UsageLog#flush()}), so that a report includes every
 * request made on this instance before it was asked for.
 */
@Service
@Transactional(readOnly = true)
public class CounterService {

	private static final String UNKNOWN_YOP = "0001";

	private final UsageQueries queries;

	private final UsageLog usage;

	private final Clock clock;

	CounterService(UsageQueries queries, UsageLog usage, Clock clock) {
		this.queries = queries;
		this.usage = usage;
		this.clock = clock;
	}

	/**
	 * The customer for an institution's reports.
	 * @throws InstitutionNotFoundException when there is no such institution
	 */
	public Customer customer(long institutionId) {
		return this.queries.institutionName(institutionId)
			.map((name) -> Customer.institution(institutionId, name))
			.orElseThrow(() -> new InstitutionNotFoundException(institutionId));
	}

	/** The customer for the whole platform's reports. */
	public Customer world() {
		return Customer.world();
	}

	/**
	 * The month COUNTER counts as now (in UTC): its usage is reported as it stands.
	 */
	public YearMonth currentMonth() {
		return YearMonth.now(this.clock.withZone(ZoneOffset.UTC));
	}

	/**
	 * The first month with usage for the customer, or the current month when none.
	 */
	public YearMonth firstMonthAvailable(Customer customer) {
		this.usage.flush();
		return this.queries.firstUsage(customer.institutionId())
			.map((first) -> YearMonth.from(first.atOffset(ZoneOffset.UTC)))
			.orElseGet(this::currentMonth);
	}

	/**
	 * Computes a report for a customer. The query's months must not lie after the current
	 * month; notices the caller already has (ignored parameters, say) go into the header
	 * first.
	 */
	public CounterReport report(Customer customer, ReportQuery query, List<ReportNotice> notices) {
		this.usage.flush();
		ReportType type = query.type();
		List<YearMonth> months = new ArrayList<>();
		for (YearMonth month = query.begin(); !month.isAfter(query.end()); month = month.plusMonths(1)) {
			months.add(month);
		}
		List<Metric> metrics = type.metrics()
			.stream()
			.filter((metric) -> query.metrics().isEmpty() || query.metrics().contains(metric))
			.toList();
		boolean byAccessType = type.level() != Level.PLATFORM
				&& (query.showAccessType() || type.alwaysShowsAccessType());
		Set<String> accessTypes = new HashSet<>(query.accessTypes());
		if (!type.accessTypes().isEmpty()) {
			accessTypes = new HashSet<>(type.accessTypes());
		}
		Map<String, Map<Metric, long[]>> grouped = new LinkedHashMap<>();
		Map<String, UsageCounts> keys = new LinkedHashMap<>();
		if (!query.excluded()) {
			for (int index = 0; index < months.size(); index++) {
				YearMonth month = months.get(index);
				List<UsageCounts> monthCounts = this.queries.counts(start(month), start(month.plusMonths(1)),
						customer.institutionId(), type.level(), byAccessType, accessTypes, query.itemId());
				if (metrics.contains(Metric.Searches_Platform)) {
					monthCounts = withSearches(monthCounts,
							this.queries.searches(start(month), start(month.plusMonths(1)), customer.institutionId()));
				}
				for (UsageCounts counts : monthCounts) {
					String key = counts.bookId() + '\u0000' + counts.chapterId() + '\u0000' + counts.accessType();
					keys.putIfAbsent(key, counts);
					Map<Metric, long[]> byMetric = grouped.computeIfAbsent(key,
							(unused) -> emptyCounts(metrics, months.size()));
					for (Metric metric : metrics) {
						byMetric.get(metric)[index] = metric.of(counts);
					}
				}
			}
		}
		List<CounterReport.Row> rows = rows(type, query, keys, grouped, metrics);
		List<ReportNotice> allNotices = new ArrayList<>(notices);
		if (rows.isEmpty()) {
			allNotices.add(ReportNotice.of(SushiCode.NO_USAGE, null));
		}
		if (!query.end().isBefore(currentMonth())) {
			allNotices.add(ReportNotice.of(SushiCode.USAGE_NOT_READY,
					"Usage for " + currentMonth() + " is incomplete: it is reported as it stands so far."));
		}
		return new CounterReport(query, customer, query.begin().atDay(1), query.end().atEndOfMonth(), months, metrics,
				allNotices, this.clock.instant(), rows);
	}

	/**
	 * An institution's usage month by month, the current month as it stands: the table
	 * and chart of its own page.
	 */
	public List<MonthlyUsage> monthlyUsage(long institutionId, YearMonth from, YearMonth to) {
		this.usage.flush();
		List<MonthlyUsage> usage = new ArrayList<>();
		for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
			List<UsageCounts> counts = this.queries.counts(start(month), start(month.plusMonths(1)), institutionId,
					Level.PLATFORM, false, Set.of(), null);
			UsageCounts total = counts.isEmpty() ? new UsageCounts("", "", "", 0, 0, 0, 0, 0) : counts.get(0);
			usage.add(new MonthlyUsage(month, total.totalRequests(), total.uniqueItemRequests(),
					total.uniqueTitleRequests(), total.noLicense()));
		}
		return usage;
	}

	private List<CounterReport.Row> rows(ReportType type, ReportQuery query, Map<String, UsageCounts> keys,
			Map<String, Map<Metric, long[]>> grouped, List<Metric> metrics) {
		Map<String, BookRow> books = (type.level() == Level.PLATFORM) ? Map.of()
				: this.queries.books(keys.values().stream().map(UsageCounts::bookId).distinct().toList());
		Map<String, ChapterRow> chapters = (type.level() == Level.ITEM)
				? this.queries.chapters(keys.values().stream().map(UsageCounts::chapterId).distinct().toList())
				: Map.of();
		List<CounterReport.Row> rows = new ArrayList<>();
		for (Map.Entry<String, UsageCounts> entry : keys.entrySet()) {
			UsageCounts key = entry.getValue();
			Map<Metric, long[]> counts = grouped.get(entry.getKey());
			if (counts.values().stream().allMatch((months) -> Arrays.stream(months).allMatch((c) -> c == 0))) {
				continue;
			}
			BookRow book = books.get(key.bookId());
			Integer year = (book != null) ? book.year() : null;
			if (!query.yops().isEmpty()
					&& query.yops().stream().noneMatch((range) -> year != null && range.contains(year))) {
				continue;
			}
			ChapterRow chapter = chapters.get(key.chapterId());
			String yop = (year != null && year > 0 && year < 10000) ? "%04d".formatted(year) : UNKNOWN_YOP;
			rows.add(new CounterReport.Row(emptyToNull(key.bookId()), (book != null) ? book.title() : null,
					(book != null) ? Objects.requireNonNullElse(book.publisher(), "") : "", yop,
					emptyToNull(key.chapterId()), (chapter != null) ? chapter.title() : null,
					(chapter != null) ? chapter.published() : null, emptyToNull(key.accessType()), counts));
		}
		rows.sort(Comparator.comparing((CounterReport.Row row) -> Objects.requireNonNullElse(row.bookTitle(), ""))
			.thenComparing((row) -> Objects.requireNonNullElse(row.bookId(), ""))
			.thenComparing((row) -> Objects.requireNonNullElse(row.chapterTitle(), ""))
			.thenComparing((row) -> Objects.requireNonNullElse(row.chapterId(), ""))
			.thenComparing((row) -> Objects.requireNonNullElse(row.accessType(), "")));
		return rows;
	}

	/**
	 * A platform report's one group of a month with the month's searches; a month with
	 * searches and no requests gets a group of its own.
	 */
	private static List<UsageCounts> withSearches(List<UsageCounts> platform, long searches) {
		if (searches == 0) {
			return platform;
		}
		if (platform.isEmpty()) {
			return List.of(new UsageCounts("", "", "", 0, 0, 0, 0, searches));
		}
		return List.of(platform.get(0).withSearches(searches));
	}

	private static Map<Metric, long[]> emptyCounts(List<Metric> metrics, int months) {
		Map<Metric, long[]> counts = new EnumMap<>(Metric.class);
		metrics.forEach((metric) -> counts.put(metric, new long[months]));
		return counts;
	}

	private static String emptyToNull(String value) {
		return (value == null || value.isEmpty()) ? null : value;
	}

	private static Instant start(YearMonth month) {
		return month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
	}

}
