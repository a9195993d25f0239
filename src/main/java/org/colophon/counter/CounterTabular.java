package org.colophon.counter;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * Writes a report in COUNTER's tabular form: the header rows (Report_Name to
 * Registry_Record), a blank row, the column headings, then one line per row and metric
 * with the period's total and a column per month. Tab-separated or comma-separated (with
 * RFC 4180 quoting).
 */
@Component
class CounterTabular {

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM-yyyy", Locale.ENGLISH);

	private final CounterProperties properties;

	CounterTabular(CounterProperties properties) {
		this.properties = properties;
	}

	/** The file's name, e.g. {@code Colophon_TR_B1_2026-01_2026-06.tsv}. */
	String fileName(CounterReport report, Format format) {
		return this.properties.platformId().replaceAll("[^A-Za-z0-9]", "_") + "_" + report.type().name() + "_"
				+ YearMonth.from(report.begin()) + "_" + YearMonth.from(report.end()) + "." + format.extension();
	}

	String write(CounterReport report, Format format) {
		ReportType type = report.type();
		ReportQuery query = report.query();
		StringBuilder out = new StringBuilder();
		List<List<String>> lines = new ArrayList<>();
		lines.add(List.of("Report_Name", type.reportName()));
		lines.add(List.of("Report_ID", type.name()));
		lines.add(List.of("Release", "5.1"));
		lines.add(List.of("Institution_Name", report.customer().name()));
		lines.add(List.of("Institution_ID",
				"Proprietary:" + this.properties.proprietary(report.customer().customerId())));
		lines.add(
				List.of("Metric_Types", report.metrics().stream().map(Metric::name).collect(Collectors.joining("; "))));
		lines.add(List.of("Report_Filters", filters(type)));
		lines.add(List.of("Report_Attributes", attributes(type, query)));
		lines.add(List.of("Exceptions",
				report.notices()
					.stream()
					.map((notice) -> notice.code() + ": " + notice.message()
							+ ((notice.data() != null) ? " (" + notice.data() + ")" : ""))
					.collect(Collectors.joining("; "))));
		lines.add(List.of("Reporting_Period", "Begin_Date=" + report.begin() + "; End_Date=" + report.end()));
		lines.add(List.of("Created", report.created().toString()));
		lines.add(List.of("Created_By", this.properties.platform()));
		lines.add(List.of("Registry_Record", ""));
		lines.add(List.of());
		List<String> headings = new ArrayList<>(identityHeadings(type, query));
		headings.add("Metric_Type");
		headings.add("Reporting_Period_Total");
		report.months().forEach((month) -> headings.add(MONTH.format(month)));
		lines.add(headings);
		for (CounterReport.Row row : report.rows()) {
			List<String> identity = identity(type, query, row);
			for (Metric metric : report.metrics()) {
				List<String> line = new ArrayList<>(identity);
				if (type == ReportType.PR && metric == Metric.Searches_Platform) {
					// Searches are the platform's own; the requests are the books'.
					line.set(1, "Platform");
				}
				line.add(metric.name());
				line.add(Long.toString(row.total(metric)));
				for (int index = 0; index < report.months().size(); index++) {
					line.add(Long.toString(row.count(metric, index)));
				}
				lines.add(line);
			}
		}
		for (List<String> line : lines) {
			out.append(line.stream().map(format::field).collect(Collectors.joining(format.separator()))).append("\r\n");
		}
		return out.toString();
	}

	private static String filters(ReportType type) {
		return switch (type) {
			case PR_P1 -> "Access_Method:Regular";
			case TR_B1 -> "Data_Type:Book|Reference_Work; Access_Type:Controlled; Access_Method:Regular";
			case TR_B2, TR_B3 -> "Data_Type:Book|Reference_Work; Access_Method:Regular";
			default -> "";
		};
	}

	private static String attributes(ReportType type, ReportQuery query) {
		if (type.isStandardView()) {
			return "";
		}
		List<String> shown = new ArrayList<>();
		if (showsYop(type, query)) {
			shown.add("YOP");
		}
		if (showsAccessType(type, query)) {
			shown.add("Access_Type");
		}
		if (query.showAccessMethod()) {
			shown.add("Access_Method");
		}
		String attributes = shown.isEmpty() ? "" : "Attributes_To_Show:" + String.join("|", shown);
		if (type == ReportType.IR && query.includeParentDetails()) {
			attributes = (attributes.isEmpty() ? "" : attributes + "; ") + "Include_Parent_Details:True";
		}
		return attributes;
	}

	private static List<String> identityHeadings(ReportType type, ReportQuery query) {
		List<String> headings = new ArrayList<>();
		switch (type.level()) {
			case PLATFORM -> {
				headings.add("Platform");
				if (type == ReportType.PR) {
					headings.add("Data_Type");
				}
			}
			case TITLE -> {
				headings.addAll(List.of("Title", "Publisher", "Publisher_ID", "Platform", "DOI", "Proprietary_ID",
						"ISBN", "Print_ISSN", "Online_ISSN", "URI", "Data_Type"));
			}
			case ITEM -> {
				headings.addAll(List.of("Item", "Publisher", "Publisher_ID", "Platform", "Authors", "Publication_Date",
						"Article_Version", "DOI", "Proprietary_ID", "ISBN", "Print_ISSN", "Online_ISSN", "URI"));
				if (query.includeParentDetails()) {
					headings.addAll(List.of("Parent_Title", "Parent_Data_Type", "Parent_Proprietary_ID"));
				}
				headings.add("Data_Type");
			}
		}
		if (showsYop(type, query)) {
			headings.add("YOP");
		}
		if (showsAccessType(type, query)) {
			headings.add("Access_Type");
		}
		if (query.showAccessMethod() && !type.isStandardView()) {
			headings.add("Access_Method");
		}
		return headings;
	}

	private List<String> identity(ReportType type, ReportQuery query, CounterReport.Row row) {
		List<String> fields = new ArrayList<>();
		switch (type.level()) {
			case PLATFORM -> {
				fields.add(this.properties.platform());
				if (type == ReportType.PR) {
					fields.add("Book");
				}
			}
			case TITLE -> {
				fields.addAll(List.of(nonNull(row.bookTitle()), row.publisher(), "", this.properties.platform(), "",
						this.properties.proprietary(row.bookId()), "", "", "", "", "Book"));
			}
			case ITEM -> {
				fields.addAll(List.of(nonNull(row.chapterTitle()), row.publisher(), "", this.properties.platform(), "",
						(row.chapterPublished() != null) ? row.chapterPublished().toString() : "", "", "",
						this.properties.proprietary(row.chapterId()), "", "", "", ""));
				if (query.includeParentDetails()) {
					fields.addAll(List.of(nonNull(row.bookTitle()), "Book", this.properties.proprietary(row.bookId())));
				}
				fields.add("Book_Segment");
			}
		}
		if (showsYop(type, query)) {
			fields.add(row.yop());
		}
		if (showsAccessType(type, query)) {
			fields.add(nonNull(row.accessType()));
		}
		if (query.showAccessMethod() && !type.isStandardView()) {
			fields.add("Regular");
		}
		return fields;
	}

	private static boolean showsYop(ReportType type, ReportQuery query) {
		return type.level() != ReportType.Level.PLATFORM && (query.showYop() || type.alwaysShowsYop());
	}

	private static boolean showsAccessType(ReportType type, ReportQuery query) {
		return type.level() != ReportType.Level.PLATFORM && (query.showAccessType() || type.alwaysShowsAccessType());
	}

	private static String nonNull(String value) {
		return (value != null) ? value : "";
	}

	/** The tabular formats, by file extension. */
	enum Format {

		TSV("tsv", "\t", "text/tab-separated-values"), CSV("csv", ",", "text/csv");

		private final String extension;

		private final String separator;

		private final String mediaType;

		Format(String extension, String separator, String mediaType) {
			this.extension = extension;
			this.separator = separator;
			this.mediaType = mediaType;
		}

		static Format of(String extension) {
			return extension.equals("csv") ? CSV : TSV;
		}

		String extension() {
			return this.extension;
		}

		String separator() {
			return this.separator;
		}

		String mediaType() {
			return this.mediaType;
		}

		/**
		 * A field as this format writes it: TSV has no quoting, so tabs and line breaks
		 * become spaces; CSV quotes a field with a comma, quote or line break.
		 */
		String field(String value) {
			if (this == TSV) {
				return value.replaceAll("[\\t\\r\\n]", " ");
			}
			if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
				return "\"" + value.replace("\"", "\"\"") + "\"";
			}
			return value;
		}

	}

}
