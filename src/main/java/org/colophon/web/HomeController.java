package org.colophon.web;

import jakarta.servlet.http.HttpServletRequest;
import org.colophon.catalogue.BookWithChapters;
import org.colophon.catalogue.CatalogueService;
import org.colophon.system.KeysetPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The catalogue listing: books by title, each with its chapters, a keyset page at a time.
 */
@Controller
class HomeController {

	private static final int PAGE_SIZE = 20;

	private final CatalogueService catalogue;

	HomeController(CatalogueService catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping("/")
	String showCatalogue(@RequestParam(required = false) String after, HttpServletRequest request, Model model) {
		model.addAttribute("signedOut", request.getParameterMap().containsKey("signedOut"));
		KeysetPage<BookWithChapters> page = this.catalogue.booksByTitle(after, PAGE_SIZE);
		model.addAttribute("books",
				page.items().stream().map((book) -> BookView.of(book.book(), book.chapters())).toList());
		model.addAttribute("next", page.nextCursor());
		return "home";
	}

}
