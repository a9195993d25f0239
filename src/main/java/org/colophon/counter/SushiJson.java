package org.colophon.counter;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Writes reports, and the server's other answers, in the JSON shapes of the COUNTER_SUSHI
 * API 5.1 (as maps, which keep the specification's element names).
 */
@Component
class SushiJson {

	private static final DateTimeFormatter CREATED = DateTimeFormatter.ISO_INSTANT;

	private final CounterProperties properties;

	SushiJson(CounterProperties properties) {
		this.properties = properties;
	}

	Map<String, Object> report(CounterReport report) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("Report_Header", header(report));
		json.put("Report_Items", (report.type() == ReportType.IR) ? itemReportItems(report) : reportItems(report));
		return json;
	}

	Map<String, Object> exception(SushiCode code, String data) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("Code", code.code());
		json.put("Message", code.message());
		if (data != null) {
			json.put("Data", data);
		}
		return json;
	}

	private Map<String, Object> header(CounterReport report) {
		ReportType type = report.type();
		ReportQuery query = report.query();
		Map<String, Object> header = new LinkedHashMap<>();
		header.put("Release", "5.1");
		header.put("Report_ID", type.name());
		header.put("Report_Name", type.reportName());
		header.put("Created", CREATED.format(report.created()));
		header.put("Created_By", this.properties.platform());
		header.put("Institution_ID",
				Map.of("Proprietary", List.of(this.properties.proprietary(report.customer().customerId()))));
		header.put("Institution_Name", report.customer().name());
		header.put("Registry_Record", "");
		Map<String, Object> filters = new LinkedHashMap<>();
		filters.put("Begin_Date", report.begin().toString());
		filters.put("End_Date", report.end().toString());
		if (type.isStandardView()) {
			filters.put("Access_Method", List.of("Regular"));
			if (type == ReportType.TR_B1) {
				filters.put("Access_Type", List.of("Controlled"));
			}
			if (type != ReportType.PR_P1) {
				filters.put("Data_Type", List.of("Book", "Reference_Work"));
			}
			filters.put("Metric_Type",
					(type == ReportType.PR_P1) ? List.of("Searches_Platform", "Total_Item_Requests",
							"Unique_Item_Requests", "Unique_Title_Requests")
							: type.metrics().stream().map(Metric::name).toList());
		}
		else {
			if (!query.metrics().isEmpty()) {
				filters.put("Metric_Type", report.metrics().stream().map(Metric::name).toList());
			}
			if (!query.accessTypes().isEmpty()) {
				filters.put("Access_Type", query.accessTypes().stream().sorted().toList());
			}
			if (!query.yops().isEmpty()) {
				filters.put("YOP",
						query.yops()
							.stream()
							.map((range) -> (range.from() == range.to()) ? "%04d".formatted(range.from())
									: "%04d-%04d".formatted(range.from(), range.to()))
							.toList());
			}
			if (query.itemId() != null) {
				filters.put("Item_ID", query.itemId());
			}
		}
		header.put("Report_Filters", filters);
		if (!type.isStandardView()) {
			List<String> shown = new ArrayList<>();
			if (query.showYop() && type != ReportType.PR) {
				shown.add("YOP");
			}
			if (query.showAccessType() && type != ReportType.PR) {
				shown.add("Access_Type");
			}
			if (query.showAccessMethod()) {
				shown.add("Access_Method");
			}
			Map<String, Object> attributes = new LinkedHashMap<>();
			if (!shown.isEmpty()) {
				attributes.put("Attributes_To_Show", shown);
			}
			if (type == ReportType.IR && query.includeParentDetails()) {
				attributes.put("Include_Parent_Details", "True");
			}
			if (!attributes.isEmpty()) {
				header.put("Report_Attributes", attributes);
			}
		}
		if (!report.notices().isEmpty()) {
			header.put("Exceptions", report.notices().stream().map(SushiJson::notice).toList());
		}
		return header;
	}

	private static Map<String, Object> notice(ReportNotice notice) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("Code", notice.code());
		json.put("Message", notice.message());
		if (notice.data() != null) {
			json.put("Data", notice.data());
		}
		return json;
	}

	private List<Object> reportItems(CounterReport report) {
		ReportType type = report.type();
		ReportQuery query = report.query();
		List<Object> items = new ArrayList<>();
		if (type.level() == ReportType.Level.PLATFORM) {
			if (report.rows().isEmpty()) {
				return items;
			}
			// Requests are the books'; searches are the platform's own (Data_Type
			// Platform).
			CounterReport.Row row = report.rows().get(0);
			List<Metric> books = report.metrics()
				.stream()
				.filter((metric) -> metric != Metric.Searches_Platform)
				.toList();
			List<Object> attributePerformance = new ArrayList<>();
			if (books.stream().anyMatch((metric) -> row.total(metric) > 0)) {
				attributePerformance.add(platformPerformance(report, row, "Book", books));
			}
			if (report.metrics().contains(Metric.Searches_Platform) && row.total(Metric.Searches_Platform) > 0) {
				attributePerformance
					.add(platformPerformance(report, row, "Platform", List.of(Metric.Searches_Platform)));
			}
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("Platform", this.properties.platform());
			item.put("Attribute_Performance", attributePerformance);
			items.add(item);
			return items;
		}
		Map<String, Map<String, Object>> byBook = new LinkedHashMap<>();
		for (CounterReport.Row row : report.rows()) {
			Map<String, Object> item = byBook.computeIfAbsent(row.bookId(), (id) -> {
				Map<String, Object> title = new LinkedHashMap<>();
				title.put("Title", (row.bookTitle() != null) ? row.bookTitle() : id);
				title.put("Publisher", row.publisher());
				title.put("Platform", this.properties.platform());
				title.put("Item_ID", Map.of("Proprietary", this.properties.proprietary(id)));
				title.put("Attribute_Performance", new ArrayList<Object>());
				return title;
			});
			Map<String, Object> attributes = new LinkedHashMap<>();
			attributes.put("Data_Type", "Book");
			if (query.showYop() || type.alwaysShowsYop()) {
				attributes.put("YOP", row.yop());
			}
			if (row.accessType() != null) {
				attributes.put("Access_Type", row.accessType());
			}
			if (type == ReportType.TR && query.showAccessMethod()) {
				attributes.put("Access_Method", "Regular");
			}
			attributes.put("Performance", performance(report, row));
			attributeList(item).add(attributes);
		}
		items.addAll(byBook.values());
		return items;
	}

	private List<Object> itemReportItems(CounterReport report) {
		ReportQuery query = report.query();
		List<Object> items = new ArrayList<>();
		Map<String, Map<String, Object>> byChapter = new LinkedHashMap<>();
		Map<String, List<Object>> byBook = new LinkedHashMap<>();
		for (CounterReport.Row row : report.rows()) {
			Map<String, Object> item = byChapter.computeIfAbsent(row.chapterId(), (id) -> {
				Map<String, Object> chapter = new LinkedHashMap<>();
				chapter.put("Item", (row.chapterTitle() != null) ? row.chapterTitle() : id);
				chapter.put("Publisher", row.publisher());
				chapter.put("Platform", this.properties.platform());
				chapter.put("Item_ID", Map.of("Proprietary", this.properties.proprietary(id)));
				if (row.chapterPublished() != null) {
					chapter.put("Publication_Date", row.chapterPublished().toString());
				}
				chapter.put("Attribute_Performance", new ArrayList<Object>());
				byBook.computeIfAbsent(row.bookId(), (book) -> new ArrayList<>()).add(chapter);
				return chapter;
			});
			Map<String, Object> attributes = new LinkedHashMap<>();
			attributes.put("Data_Type", "Book_Segment");
			if (query.showYop()) {
				attributes.put("YOP", row.yop());
			}
			if (row.accessType() != null) {
				attributes.put("Access_Type", row.accessType());
			}
			if (query.showAccessMethod()) {
				attributes.put("Access_Method", "Regular");
			}
			attributes.put("Performance", performance(report, row));
			attributeList(item).add(attributes);
		}
		if (query.includeParentDetails()) {
			Map<String, CounterReport.Row> firstOfBook = new LinkedHashMap<>();
			report.rows().forEach((row) -> firstOfBook.putIfAbsent(row.bookId(), row));
			byBook.forEach((bookId, chapters) -> {
				CounterReport.Row row = firstOfBook.get(bookId);
				Map<String, Object> parent = new LinkedHashMap<>();
				parent.put("Title", (row.bookTitle() != null) ? row.bookTitle() : bookId);
				parent.put("Item_ID", Map.of("Proprietary", this.properties.proprietary(bookId)));
				parent.put("Data_Type", "Book");
				parent.put("Items", chapters);
				items.add(parent);
			});
		}
		else {
			byChapter.values().forEach((chapter) -> items.add(Map.of("Items", List.of(chapter))));
		}
		return items;
	}

	@SuppressWarnings("unchecked")
	private static List<Object> attributeList(Map<String, Object> item) {
		return (List<Object>) item.get("Attribute_Performance");
	}

	private static Map<String, Object> platformPerformance(CounterReport report, CounterReport.Row row, String dataType,
			List<Metric> metrics) {
		Map<String, Object> performance = new LinkedHashMap<>();
		performance.put("Data_Type", dataType);
		if (report.type() == ReportType.PR && report.query().showAccessMethod()) {
			performance.put("Access_Method", "Regular");
		}
		performance.put("Performance", performance(report, row, metrics));
		return performance;
	}

	private static Map<String, Object> performance(CounterReport report, CounterReport.Row row) {
		return performance(report, row, report.metrics());
	}

	private static Map<String, Object> performance(CounterReport report, CounterReport.Row row, List<Metric> metrics) {
		Map<String, Object> performance = new LinkedHashMap<>();
		for (Metric metric : metrics) {
			Map<String, Long> counts = new LinkedHashMap<>();
			for (int index = 0; index < report.months().size(); index++) {
				counts.put(month(report.months().get(index)), row.count(metric, index));
			}
			performance.put(metric.name(), counts);
		}
		return performance;
	}

	private static String month(YearMonth month) {
		return month.toString();
	}

}
