package org.colophon.web;

import org.colophon.access.Viewer;
import org.colophon.links.Links;
import org.colophon.search.SearchService;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The search page: the results of a query with facets, in the order chosen; each search
 * run is reported for usage statistics.
 */
@Controller
class SearchController {

	private final SearchService search;

	SearchController(SearchService search) {
		this.search = search;
	}

	@GetMapping(Links.SEARCH)
	String showResults(SearchForm form, Viewer viewer, SessionKey sessionKey,
			@RequestHeader(name = HttpHeaders.USER_AGENT, required = false) String userAgent, Model model) {
		model.addAttribute("search", SearchPageView.of(form,
				this.search.search(form.toRequest(), viewer, sessionKey.value(), userAgent), Links.SEARCH));
		return "search/results";
	}

}
