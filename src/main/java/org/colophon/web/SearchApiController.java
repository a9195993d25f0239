package org.colophon.web;

import java.util.List;
import java.util.Locale;

import org.colophon.access.Viewer;
import org.colophon.links.Links;
import org.colophon.search.SearchService;
import org.colophon.search.Suggestion;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Search as JSON, and the completions the search box offers as a reader types.
 */
@RestController
class SearchApiController {

	private static final int SUGGESTIONS = 8;

	private final SearchService search;

	private final MessageSource messages;

	SearchApiController(SearchService search, MessageSource messages) {
		this.search = search;
		this.messages = messages;
	}

	@GetMapping(Links.API_SEARCH)
	SearchJson search(SearchForm form, Viewer viewer, Locale locale) {
		SearchPageView page = SearchPageView.of(form, this.search.search(form.toRequest(), viewer), Links.API_SEARCH);
		List<NoticeJson> notices = page.notices()
			.stream()
			.map((code) -> new NoticeJson(code, this.messages.getMessage(code, null, locale)))
			.toList();
		return new SearchJson(page.query(), page.sort(), page.total(), page.hits(), page.facets(), page.next(),
				notices);
	}

	@GetMapping(Links.API_SEARCH_SUGGEST)
	ResponseEntity<List<SuggestionJson>> suggest(@RequestParam(defaultValue = "") String q) {
		List<SuggestionJson> suggestions = this.search.suggest(q, SUGGESTIONS)
			.stream()
			.map(SuggestionJson::of)
			.toList();
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(suggestions);
	}

	/** A page of results as JSON; {@code next} is the address of the next page. */
	record SearchJson(String query, String sort, long total, List<SearchPageView.HitView> hits,
			List<SearchPageView.FacetView> facets, String next, List<NoticeJson> notices) {
	}

	/** Something the reader should know about the query: a stable code and its text. */
	record NoticeJson(String code, String message) {
	}

	/** A completion: what to show, and where it leads. */
	record SuggestionJson(String kind, String text, String url) {

		static SuggestionJson of(Suggestion suggestion) {
			String url = (suggestion.kind() == Suggestion.Kind.CHAPTER)
					? Links.chapter(new org.colophon.catalogue.ChapterHeading(suggestion.chapterId(), null,
							suggestion.label(), suggestion.text(), null, null, null))
					: Links.search("\"" + suggestion.text() + "\"");
			String text = (suggestion.label() != null) ? suggestion.label() + " " + suggestion.text()
					: suggestion.text();
			return new SuggestionJson(suggestion.kind().name().toLowerCase(Locale.ROOT), text, url);
		}

	}

}
