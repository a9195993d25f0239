package org.colophon.web;

import java.util.ArrayList;
import java.util.List;

import org.colophon.search.SearchRequest;
import org.colophon.search.SearchService;
import org.colophon.search.SearchSort;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The search parameters of a request, as the search page, the JSON API and their links
 * carry them: {@code q}, the facet filters ({@code type}, {@code publisher},
 * {@code year}, {@code access}, {@code available}), {@code sort}, {@code after} and
 * {@code size}. Any value is accepted; what search cannot use it ignores.
 */
record SearchForm(String q, List<String> type, List<String> publisher, List<String> year, List<String> access,
		String available, String sort, String after, String size) {

	static final int PAGE_SIZE = 20;

	SearchForm {
		q = (q != null) ? q : "";
		type = (type != null) ? List.copyOf(type) : List.of();
		publisher = (publisher != null) ? List.copyOf(publisher) : List.of();
		year = (year != null) ? List.copyOf(year) : List.of();
		access = (access != null) ? List.copyOf(access) : List.of();
	}

	SearchRequest toRequest() {
		return new SearchRequest(this.q, this.type, this.publisher, this.year, this.access, availableOnly(),
				sortOrder(), this.after, pageSize());
	}

	boolean availableOnly() {
		return "true".equalsIgnoreCase(this.available);
	}

	int pageSize() {
		try {
			return (this.size != null) ? Integer.parseInt(this.size.strip()) : PAGE_SIZE;
		}
		catch (NumberFormatException ex) {
			return PAGE_SIZE;
		}
	}

	SearchSort sortOrder() {
		return SearchSort.parse(this.sort);
	}

	/** The values chosen of one facet. */
	List<String> chosen(String facet) {
		return switch (facet) {
			case SearchService.FACET_TYPE -> this.type;
			case SearchService.FACET_PUBLISHER -> this.publisher;
			case SearchService.FACET_YEAR -> this.year;
			case SearchService.FACET_ACCESS -> this.access;
			case SearchService.FACET_AVAILABLE -> availableOnly() ? List.of("true") : List.of();
			default -> List.of();
		};
	}

	/**
	 * The same search with one facet value chosen, or no longer chosen, from page one.
	 */
	String toggle(String path, String facet, String value) {
		List<String> values = new ArrayList<>(chosen(facet));
		if (!values.remove(value)) {
			values.add(value);
		}
		SearchForm toggled = new SearchForm(this.q, facet.equals(SearchService.FACET_TYPE) ? values : this.type,
				facet.equals(SearchService.FACET_PUBLISHER) ? values : this.publisher,
				facet.equals(SearchService.FACET_YEAR) ? values : this.year,
				facet.equals(SearchService.FACET_ACCESS) ? values : this.access,
				facet.equals(SearchService.FACET_AVAILABLE) ? (values.isEmpty() ? null : "true") : this.available,
				this.sort, null, this.size);
		return toggled.url(path);
	}

	/** The next page of the same search. */
	String next(String path, String cursor) {
		return new SearchForm(this.q, this.type, this.publisher, this.year, this.access, this.available, this.sort,
				cursor, this.size)
			.url(path);
	}

	/** This search as an address on the path given. */
	String url(String path) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath(path);
		List<Object> values = new ArrayList<>();
		if (!this.q.isEmpty()) {
			add(url, values, "q", List.of(this.q));
		}
		add(url, values, SearchService.FACET_TYPE, this.type);
		add(url, values, SearchService.FACET_PUBLISHER, this.publisher);
		add(url, values, SearchService.FACET_YEAR, this.year);
		add(url, values, SearchService.FACET_ACCESS, this.access);
		if (availableOnly()) {
			add(url, values, SearchService.FACET_AVAILABLE, List.of("true"));
		}
		if (sortOrder() != SearchSort.RELEVANCE) {
			add(url, values, "sort", List.of(sortOrder().parameter()));
		}
		if (this.after != null) {
			add(url, values, "after", List.of(this.after));
		}
		if (this.size != null) {
			add(url, values, "size", List.of(this.size));
		}
		return url.encode().buildAndExpand(values.toArray()).toUriString();
	}

	private static void add(UriComponentsBuilder url, List<Object> values, String name, List<String> given) {
		for (String value : given) {
			url.queryParam(name, "{v" + values.size() + "}");
			values.add(value);
		}
	}

}
