package org.colophon.library;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.colophon.citation.SiteAddress;
import org.colophon.counter.CounterService;
import org.colophon.counter.MonthlyUsage;
import org.colophon.counter.ReportType;
import org.colophon.counter.SushiCredentialService;
import org.colophon.links.Links;
import org.springframework.stereotype.Component;

/**
 * The usage part of the institution administrator's page: the last twelve months of
 * COUNTER figures as a table and as a bar chart drawn in SVG on the server (so no script
 * runs), the reports to download, and the SUSHI credentials (never the key) a harvester
 * is set up with.
 */
@Component
class InstitutionUsage {

	static final int MONTHS = 12;

	/** The reports offered for download, by their lower-case ids. */
	static final List<ReportType> REPORTS = List.of(ReportType.PR, ReportType.TR, ReportType.TR_B1, ReportType.TR_B2,
			ReportType.TR_B3, ReportType.IR);

	static final int CHART_WIDTH = 600;

	static final int CHART_HEIGHT = 160;

	private static final int BAR_AREA = 130;

	private final CounterService counter;

	private final SushiCredentialService credentials;

	private final SiteAddress site;

	InstitutionUsage(CounterService counter, SushiCredentialService credentials, SiteAddress site) {
		this.counter = counter;
		this.credentials = credentials;
		this.site = site;
	}

	UsageView view(long institutionId) {
		YearMonth to = this.counter.currentMonth();
		YearMonth from = to.minusMonths(MONTHS - 1);
		List<MonthlyUsage> months = this.counter.monthlyUsage(institutionId, from, to);
		long highest = months.stream().mapToLong(MonthlyUsage::totalItemRequests).max().orElse(0);
		int slot = CHART_WIDTH / Math.max(1, months.size());
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < months.size(); i++) {
			MonthlyUsage month = months.get(i);
			int height = (highest == 0) ? 0 : (int) Math.round(BAR_AREA * (double) month.totalItemRequests() / highest);
			bars.add(new Bar(month.month().toString(), i * slot + slot / 6, BAR_AREA - height, slot * 2 / 3, height,
					i * slot + slot / 2, month.totalItemRequests()));
		}
		List<Download> downloads = REPORTS.stream()
			.map((type) -> new Download(type.name(), type.path(),
					Links.counterReport(institutionId, type.path(), "tsv", from, to),
					Links.counterReport(institutionId, type.path(), "csv", from, to)))
			.toList();
		Sushi sushi = this.credentials.credentials(institutionId)
			.map((issued) -> new Sushi(this.site.baseUrl() + Links.SUSHI, issued.customerId(), issued.requestorId(),
					issued.issuedAt()))
			.orElse(null);
		return new UsageView(months, bars, highest, downloads, sushi);
	}

	/**
	 * The page's usage section; {@code sushi} is {@code null} until the platform admin
	 * issues credentials.
	 */
	record UsageView(List<MonthlyUsage> months, List<Bar> bars, long highest, List<Download> downloads, Sushi sushi) {
	}

	/**
	 * One month's bar: its rectangle and where its label goes, in the chart's units.
	 */
	record Bar(String month, int x, int y, int width, int height, int labelX, long value) {
	}

	/** One report to download as TSV or CSV. */
	record Download(String id, String path, String tsv, String csv) {
	}

	/** What a SUSHI harvester is configured with, apart from the key. */
	record Sushi(String url, String customerId, String requestorId, Instant issuedAt) {
	}

}
