package org.colophon.counter;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The COUNTER reports served: their ids, names, the metrics they carry, how finely they
 * group usage and which access they cover. Books are the titles and chapters the items.
 */
public enum ReportType {

	PR("Platform Report", "Platform-level usage summarized by Metric_Type.", Level.PLATFORM, false, Set.of(),
			List.of(Metric.Searches_Platform, Metric.Total_Item_Investigations, Metric.Total_Item_Requests,
					Metric.Unique_Item_Investigations, Metric.Unique_Item_Requests, Metric.Unique_Title_Investigations,
					Metric.Unique_Title_Requests)),

	PR_P1("Platform Usage", "Platform-level usage of full-text requests, the standard view of the Platform Report.",
			Level.PLATFORM, true, Set.of(),
			List.of(Metric.Searches_Platform, Metric.Total_Item_Requests, Metric.Unique_Item_Requests,
					Metric.Unique_Title_Requests)),

	TR("Title Report", "Usage of books by title, with access denied, by year of publication and access type.",
			Level.TITLE, false, Set.of(),
			List.of(Metric.Total_Item_Investigations, Metric.Total_Item_Requests, Metric.Unique_Item_Investigations,
					Metric.Unique_Item_Requests, Metric.Unique_Title_Investigations, Metric.Unique_Title_Requests,
					Metric.Limit_Exceeded, Metric.No_License)),

	TR_B1("Book Requests (Controlled)", "Full-text requests for books whose access is controlled.", Level.TITLE, true,
			Set.of("Controlled"), List.of(Metric.Total_Item_Requests, Metric.Unique_Title_Requests)),

	TR_B2("Book Access Denied", "Books whose full text was denied for want of a licence.", Level.TITLE, true, Set.of(),
			List.of(Metric.Limit_Exceeded, Metric.No_License)),

	TR_B3("Book Usage by Access Type", "Usage of books broken down by access type.", Level.TITLE, true, Set.of(),
			List.of(Metric.Total_Item_Investigations, Metric.Total_Item_Requests, Metric.Unique_Item_Investigations,
					Metric.Unique_Item_Requests, Metric.Unique_Title_Investigations, Metric.Unique_Title_Requests)),

	IR("Item Report", "Usage of chapters, item by item.", Level.ITEM, false, Set.of(),
			List.of(Metric.Total_Item_Investigations, Metric.Total_Item_Requests, Metric.Unique_Item_Investigations,
					Metric.Unique_Item_Requests, Metric.Limit_Exceeded, Metric.No_License));

	private final String reportName;

	private final String description;

	private final Level level;

	private final boolean standardView;

	private final Set<String> accessTypes;

	private final List<Metric> metrics;

	ReportType(String reportName, String description, Level level, boolean standardView, Set<String> accessTypes,
			List<Metric> metrics) {
		this.reportName = reportName;
		this.description = description;
		this.level = level;
		this.standardView = standardView;
		this.accessTypes = accessTypes;
		this.metrics = metrics;
	}

	/**
	 * The report with this id as the API writes it, in lower case ({@code tr_b1}).
	 */
	public static Optional<ReportType> fromPath(String id) {
		for (ReportType type : values()) {
			if (type.path().equals(id)) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}

	/** The id in the API's paths and in the tabular file names, e.g. {@code tr_b1}. */
	public String path() {
		return name().toLowerCase(Locale.ROOT);
	}

	public String reportName() {
		return this.reportName;
	}

	String description() {
		return this.description;
	}

	Level level() {
		return this.level;
	}

	/** A standard view has fixed filters and attributes; a report takes them as asked. */
	boolean isStandardView() {
		return this.standardView;
	}

	/** The access types this report is limited to; empty for all. */
	Set<String> accessTypes() {
		return this.accessTypes;
	}

	List<Metric> metrics() {
		return this.metrics;
	}

	/** Whether each row shows its access type whatever the request asks. */
	boolean alwaysShowsAccessType() {
		return this == TR_B3;
	}

	/** Whether each row shows its year of publication whatever the request asks. */
	boolean alwaysShowsYop() {
		return this == TR_B1 || this == TR_B2 || this == TR_B3;
	}

	/** How finely a report groups usage. */
	enum Level {

		PLATFORM, TITLE, ITEM

	}

}
