package org.colophon.web;

import org.colophon.access.Viewer;
import org.colophon.links.Links;
import org.colophon.search.SearchService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The search page: the results of a query with facets, in the order chosen.
 */
@Controller
class SearchController {

	private final SearchService search;

	SearchController(SearchService search) {
		this.search = search;
	}

	@GetMapping(Links.SEARCH)
	String showResults(SearchForm form, Viewer viewer, Model model) {
		model.addAttribute("search",
				SearchPageView.of(form, this.search.search(form.toRequest(), viewer), Links.SEARCH));
		return "search/results";
	}

}
