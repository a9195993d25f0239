package org.colophon.web;

import java.util.List;

import org.colophon.links.Links;
import org.colophon.search.SearchHit;
import org.colophon.search.SearchResults;
import org.colophon.search.Snippet;

/**
 * A page of search results as the search page and the JSON API show it, with the links
 * that choose facet values and turn the page.
 */
record SearchPageView(String query, String sort, long total, List<HitView> hits, List<FacetView> facets, String next,
		List<String> notices) {

	static SearchPageView of(SearchForm form, SearchResults results, String path) {
		List<HitView> hits = results.hits().stream().map(HitView::of).toList();
		List<FacetView> facets = results.facets()
			.stream()
			.map((facet) -> new FacetView(facet.name(),
					facet.values()
						.stream()
						.map((value) -> new FacetValueView(value.value(), value.count(), value.selected(),
								form.toggle(path, facet.name(), value.value())))
						.toList()))
			.filter((facet) -> !facet.values().isEmpty())
			.toList();
		String next = (results.nextCursor() != null) ? form.next(path, results.nextCursor()) : null;
		return new SearchPageView(form.q(), form.sortOrder().parameter(), results.total(), hits, facets, next,
				results.notices());
	}

	/** One result. */
	record HitView(String id, String url, String label, String title, List<Snippet.Part> titleParts, String titleHtml,
			List<Snippet.Part> summaryParts, String summaryHtml, List<String> contributors, String bookTitle,
			String bookUrl, String publisher, Integer year, String type, String accessModel) {

		static HitView of(SearchHit hit) {
			return new HitView(hit.id(), Links.chapter(hit.heading()), hit.label(), hit.title(),
					hit.titleSnippet().parts(), hit.titleSnippet().html(), hit.summarySnippet().parts(),
					hit.summarySnippet().html(), hit.contributors(), hit.bookTitle(), Links.book(hit.book()),
					hit.publisher(), hit.year(), hit.type(), hit.accessModel());
		}

	}

	/** A facet with its values. */
	record FacetView(String name, List<FacetValueView> values) {
	}

	/** A facet value, its count, and the address that chooses it or lets it go. */
	record FacetValueView(String value, long count, boolean selected, String url) {
	}

}
