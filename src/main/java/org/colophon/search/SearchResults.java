package org.colophon.search;

import java.util.List;

/**
 * One page of results with what a results page shows around it.
 *
 * @param total how many chapters match, over all pages
 * @param hits the chapters of this page, in order
 * @param facets the facets with the count of matching chapters for each value
 * @param nextCursor where the next page starts, {@code null} on the last one
 * @param notices message keys of what the reader should know about the query, such as
 * that it was shortened or had no words
 */
public record SearchResults(long total, List<SearchHit> hits, List<Facet> facets, String nextCursor,
		List<String> notices) {

	public SearchResults {
		hits = List.copyOf(hits);
		facets = List.copyOf(facets);
		notices = List.copyOf(notices);
	}

	static SearchResults none(List<String> notices) {
		return new SearchResults(0, List.of(), List.of(), null, notices);
	}

	/**
	 * A facet: its name (the request parameter that filters on it) and its values.
	 */
	public record Facet(String name, List<FacetValue> values) {

		public Facet {
			values = List.copyOf(values);
		}

	}

	/**
	 * A facet value, how many matching chapters have it, and whether it is chosen.
	 */
	public record FacetValue(String value, long count, boolean selected) {

	}

}
