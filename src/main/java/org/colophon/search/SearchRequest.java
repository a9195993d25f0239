package org.colophon.search;

import java.util.List;

/**
 * One search as a reader asks for it: the words, the facet values chosen (values of one
 * facet are alternatives, facets narrow each other), the order, and where the page
 * starts.
 *
 * @param text what the reader typed, as typed
 * @param types chapter types, such as "Chapter"
 * @param publishers publisher names
 * @param years print-year ranges by key, such as {@code 1950-1999}
 * @param access access models by name, such as {@code OPEN_ACCESS}
 * @param availableToMe only what the viewer can read in full
 * @param sort the order of the results
 * @param after the cursor of the page before, {@code null} for the first page
 * @param size how many results a page holds
 */
public record SearchRequest(String text, List<String> types, List<String> publishers, List<String> years,
		List<String> access, boolean availableToMe, SearchSort sort, String after, int size) {

	public SearchRequest {
		text = (text != null) ? text : "";
		types = clean(types);
		publishers = clean(publishers);
		years = clean(years);
		access = clean(access);
		sort = (sort != null) ? sort : SearchSort.RELEVANCE;
	}

	/** A first page of results for these words, best first, without filters. */
	public static SearchRequest of(String text, int size) {
		return new SearchRequest(text, List.of(), List.of(), List.of(), List.of(), false, SearchSort.RELEVANCE, null,
				size);
	}

	/** Whether any facet value narrows the search. */
	public boolean filtered() {
		return !this.types.isEmpty() || !this.publishers.isEmpty() || !this.years.isEmpty() || !this.access.isEmpty()
				|| this.availableToMe;
	}

	private static List<String> clean(List<String> values) {
		return (values != null) ? values.stream().filter((value) -> value != null && !value.isBlank()).toList()
				: List.of();
	}

}
