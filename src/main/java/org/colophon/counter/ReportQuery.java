package org.colophon.counter;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;

/**
 * What one report is asked for: the report, the months, and the filters and attributes as
 * COUNTER defines them, already checked.
 *
 * @param metrics the metric types to show, empty for all the report has
 * @param accessTypes the access types to count, empty for all
 * @param yops the years of publication to count, as inclusive ranges, empty for all
 * @param itemId a book's (title reports) or chapter's (item report) public id, or
 * {@code null}
 * @param excluded whether a filter (data type, access method) leaves nothing this
 * platform has
 */
public record ReportQuery(ReportType type, YearMonth begin, YearMonth end, Set<Metric> metrics, Set<String> accessTypes,
		List<YopRange> yops, String itemId, boolean showYop, boolean showAccessType, boolean showAccessMethod,
		boolean includeParentDetails, boolean excluded) {

	public ReportQuery {
		metrics = Set.copyOf(metrics);
		accessTypes = Set.copyOf(accessTypes);
		yops = List.copyOf(yops);
	}

	/**
	 * The report over these months with its default filters and attributes.
	 */
	public static ReportQuery of(ReportType type, YearMonth begin, YearMonth end) {
		return new ReportQuery(type, begin, end, Set.of(), Set.of(), List.of(), null, false, false, false, false,
				false);
	}

	/** An inclusive range of years of publication. */
	public record YopRange(int from, int to) {

		boolean contains(int year) {
			return year >= this.from && year <= this.to;
		}

	}

}
