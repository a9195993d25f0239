package org.colophon.counter;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * One computed COUNTER report, the one shape its JSON and tabular forms are written from.
 *
 * @param months the months reported, in order; each row's counts follow them
 * @param metrics the metric types shown, in the report's order
 * @param notices the exceptions for the header
 */
public record CounterReport(ReportQuery query, Customer customer, LocalDate begin, LocalDate end,
		List<YearMonth> months, List<Metric> metrics, List<ReportNotice> notices, Instant created, List<Row> rows) {

	public CounterReport {
		months = List.copyOf(months);
		metrics = List.copyOf(metrics);
		notices = List.copyOf(notices);
		rows = List.copyOf(rows);
	}

	public ReportType type() {
		return this.query.type();
	}

	/**
	 * One row of usage: a book (title reports), a chapter with its book (item report) or
	 * the platform, with its attributes and its counts per metric and month.
	 *
	 * @param yop the year of publication, {@code 0001} when unknown, as COUNTER asks
	 * @param accessType the access type, {@code null} when rolled up
	 */
	public record Row(String bookId, String bookTitle, String publisher, String yop, String chapterId,
			String chapterTitle, LocalDate chapterPublished, String accessType, Map<Metric, long[]> counts) {

		/** This metric's count in the month at this index. */
		public long count(Metric metric, int month) {
			return this.counts.get(metric)[month];
		}

		/** This metric's count over the whole period. */
		public long total(Metric metric) {
			long total = 0;
			for (long count : this.counts.get(metric)) {
				total += count;
			}
			return total;
		}

	}

}
