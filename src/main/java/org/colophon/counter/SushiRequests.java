package org.colophon.counter;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Reads a SUSHI report request's parameters into a {@link ReportQuery} as the
 * specification says: dates are required and checked (1030, 3020); parameters a report
 * does not take, filter values and attribute values it does not know are ignored and
 * named in the header (3050, 3060, 3062).
 */
@Component
class SushiRequests {

	private static final Set<String> COMMON = Set.of("customer_id", "requestor_id", "api_key", "platform", "begin_date",
			"end_date");

	private static final Set<String> REPORT_PARAMETERS = Set.of("metric_type", "data_type", "access_method",
			"attributes_to_show", "granularity");

	private static final Set<String> TITLE_PARAMETERS = Set.of("access_type", "yop", "item_id");

	private static final Set<String> ITEM_PARAMETERS = Set.of("include_parent_details");

	private static final Set<String> ACCESS_TYPES = Set.of("Controlled", "Open", "Free_To_Read");

	private static final Pattern YOP = Pattern.compile("(\\d{4})(?:-(\\d{4}))?");

	private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

	private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	/**
	 * The query for a report, with the notices to put in its header.
	 * @param currentMonth the month COUNTER counts as now: a period may not begin after
	 * it, and one that ends after it ends with it
	 * @throws SushiRequestException when a date is missing (1030) or wrong (3020)
	 */
	ReportQuery query(ReportType type, Map<String, String> parameters, YearMonth currentMonth,
			List<ReportNotice> notices) {
		YearMonth begin = month(required(parameters, "begin_date"), true);
		YearMonth end = month(required(parameters, "end_date"), false);
		if (end.isBefore(begin)) {
			throw new SushiRequestException(SushiCode.INVALID_DATES, "end_date is before begin_date");
		}
		if (begin.isAfter(currentMonth)) {
			throw new SushiRequestException(SushiCode.INVALID_DATES, "begin_date is after the current month");
		}
		if (end.isAfter(currentMonth)) {
			end = currentMonth;
		}
		Set<String> accepted = new LinkedHashSet<>(COMMON);
		if (!type.isStandardView()) {
			accepted.addAll(REPORT_PARAMETERS);
			if (type.level() != ReportType.Level.PLATFORM) {
				accepted.addAll(TITLE_PARAMETERS);
			}
			if (type == ReportType.IR) {
				accepted.addAll(ITEM_PARAMETERS);
			}
		}
		Set<String> unknown = new TreeSet<>(parameters.keySet());
		unknown.removeAll(accepted);
		if (!unknown.isEmpty()) {
			notices.add(ReportNotice.of(SushiCode.PARAMETER_NOT_RECOGNIZED, String.join(", ", unknown)));
		}
		List<String> badFilters = new ArrayList<>();
		List<String> badAttributes = new ArrayList<>();
		Set<Metric> metrics = EnumSet.noneOf(Metric.class);
		for (String value : list(parameters, "metric_type", accepted)) {
			Metric metric = metric(value);
			if (metric != null && type.metrics().contains(metric)) {
				metrics.add(metric);
			}
			else {
				badFilters.add("metric_type=" + value);
			}
		}
		Set<String> accessTypes = new TreeSet<>();
		for (String value : list(parameters, "access_type", accepted)) {
			if (ACCESS_TYPES.contains(value)) {
				accessTypes.add(value);
			}
			else {
				badFilters.add("access_type=" + value);
			}
		}
		List<ReportQuery.YopRange> yops = new ArrayList<>();
		for (String value : list(parameters, "yop", accepted)) {
			Matcher matcher = YOP.matcher(value);
			if (matcher.matches()) {
				int from = Integer.parseInt(matcher.group(1));
				int to = (matcher.group(2) != null) ? Integer.parseInt(matcher.group(2)) : from;
				yops.add(new ReportQuery.YopRange(Math.min(from, to), Math.max(from, to)));
			}
			else {
				badFilters.add("yop=" + value);
			}
		}
		boolean excluded = false;
		String ourDataType = (type == ReportType.IR) ? "Book_Segment" : "Book";
		List<String> dataTypes = list(parameters, "data_type", accepted);
		if (!dataTypes.isEmpty() && !dataTypes.contains(ourDataType)) {
			excluded = true;
		}
		List<String> accessMethods = list(parameters, "access_method", accepted);
		for (String value : accessMethods) {
			if (!value.equals("Regular") && !value.equals("TDM")) {
				badFilters.add("access_method=" + value);
			}
		}
		if (!accessMethods.isEmpty() && accessMethods.stream().allMatch("TDM"::equals)) {
			excluded = true;
		}
		boolean showYop = false;
		boolean showAccessType = false;
		boolean showAccessMethod = false;
		for (String value : list(parameters, "attributes_to_show", accepted)) {
			switch (value) {
				case "YOP" -> showYop = type.level() != ReportType.Level.PLATFORM;
				case "Access_Type" -> showAccessType = type.level() != ReportType.Level.PLATFORM;
				case "Access_Method" -> showAccessMethod = true;
				default -> badAttributes.add("attributes_to_show=" + value);
			}
			if ((value.equals("YOP") || value.equals("Access_Type")) && type.level() == ReportType.Level.PLATFORM) {
				badAttributes.add("attributes_to_show=" + value);
			}
		}
		String granularity = accepted.contains("granularity") ? parameters.get("granularity") : null;
		if (granularity != null && !granularity.equals("Month")) {
			badAttributes.add("granularity=" + granularity);
		}
		String parents = accepted.contains("include_parent_details") ? parameters.get("include_parent_details") : null;
		if (parents != null && !parents.equals("True") && !parents.equals("False")) {
			badAttributes.add("include_parent_details=" + parents);
		}
		String itemId = accepted.contains("item_id") ? parameters.get("item_id") : null;
		if (itemId != null) {
			int colon = itemId.indexOf(':');
			itemId = (colon >= 0) ? itemId.substring(colon + 1) : itemId;
		}
		if (!badFilters.isEmpty()) {
			notices.add(ReportNotice.of(SushiCode.INVALID_FILTER, String.join(", ", badFilters)));
		}
		if (!badAttributes.isEmpty()) {
			notices.add(ReportNotice.of(SushiCode.INVALID_ATTRIBUTE, String.join(", ", badAttributes)));
		}
		return new ReportQuery(type, begin, end, metrics, accessTypes, yops, itemId, showYop, showAccessType,
				showAccessMethod, "True".equals(parents), excluded);
	}

	/**
	 * A month from {@code yyyy-mm} or {@code yyyy-mm-dd}; a day must be the first of its
	 * month to begin a period and the last to end one, since reports are monthly.
	 */
	static YearMonth month(String value, boolean begin) {
		String name = begin ? "begin_date" : "end_date";
		try {
			if (MONTH.matcher(value).matches()) {
				return YearMonth.parse(value);
			}
			if (DAY.matcher(value).matches()) {
				LocalDate day = LocalDate.parse(value);
				YearMonth month = YearMonth.from(day);
				if (begin ? day.getDayOfMonth() != 1 : !day.equals(month.atEndOfMonth())) {
					throw new SushiRequestException(SushiCode.INVALID_DATES,
							name + " must be the " + (begin ? "first" : "last") + " day of a month: " + value);
				}
				return month;
			}
		}
		catch (DateTimeParseException ex) {
			// answered below, as any other date that is not one
		}
		throw new SushiRequestException(SushiCode.INVALID_DATES, name + " is not yyyy-mm or yyyy-mm-dd: " + value);
	}

	private static String required(Map<String, String> parameters, String name) {
		String value = parameters.get(name);
		if (value == null || value.isBlank()) {
			throw new SushiRequestException(SushiCode.INSUFFICIENT_INFORMATION, name + " is required");
		}
		return value.strip();
	}

	private static List<String> list(Map<String, String> parameters, String name, Set<String> accepted) {
		String value = parameters.get(name);
		if (!accepted.contains(name) || value == null || value.isBlank()) {
			return List.of();
		}
		return List.of(value.split("\\|")).stream().map(String::strip).filter((part) -> !part.isEmpty()).toList();
	}

	private static Metric metric(String value) {
		for (Metric metric : Metric.values()) {
			if (metric.name().equals(value)) {
				return metric;
			}
		}
		return null;
	}

}
