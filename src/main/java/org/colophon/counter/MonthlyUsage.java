package org.colophon.counter;

import java.time.YearMonth;

/**
 * One month of an institution's usage as its page shows it (table and chart): full-text
 * requests after COUNTER's processing, unique items and titles, and turnaways.
 */
public record MonthlyUsage(YearMonth month, long totalItemRequests, long uniqueItemRequests, long uniqueTitleRequests,
		long noLicense) {
}
