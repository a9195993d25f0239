package org.colophon.counter;

/**
 * The COUNTER metric types the reports carry, by their names in the Code of Practice.
 * Every full-text request is also an investigation (COUNTER counts a request as both),
 * and no other investigation is recorded, so investigations equal requests here.
 * {@code Searches_Platform} counts the searches run on the search page, platform reports
 * only.
 */
public enum Metric {

	Searches_Platform, Total_Item_Investigations, Total_Item_Requests, Unique_Item_Investigations, Unique_Item_Requests,
	Unique_Title_Investigations, Unique_Title_Requests, Limit_Exceeded, No_License;

	/**
	 * This metric's count from one group of processed usage events.
	 */
	long of(UsageCounts counts) {
		return switch (this) {
			case Searches_Platform -> counts.searches();
			case Total_Item_Investigations, Total_Item_Requests -> counts.totalRequests();
			case Unique_Item_Investigations, Unique_Item_Requests -> counts.uniqueItemRequests();
			case Unique_Title_Investigations, Unique_Title_Requests -> counts.uniqueTitleRequests();
			case No_License -> counts.noLicense();
			case Limit_Exceeded -> 0;
		};
	}

}
