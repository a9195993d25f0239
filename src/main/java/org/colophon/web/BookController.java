package org.colophon.web;

import jakarta.servlet.http.HttpServletRequest;
import org.colophon.catalogue.BookWithChapters;
import org.colophon.catalogue.CatalogueService;
import org.colophon.links.Links;
import org.colophon.search.SearchService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The book page: the book's details and its table of contents, with each chapter's pages
 * and access model.
 */
@Controller
class BookController {

	private final CatalogueService catalogue;

	private final SearchService search;

	BookController(CatalogueService catalogue, SearchService search) {
		this.catalogue = catalogue;
		this.search = search;
	}

	@GetMapping({ Links.BOOK, Links.BOOK_PAGE })
	String showBook(@PathVariable String id, @PathVariable(required = false) String slug, HttpServletRequest request,
			Model model) {
		BookWithChapters book = this.catalogue.bookWithChapters(id);
		if (!book.book().slug().equals(slug)) {
			return "redirect:" + Links.book(book.book());
		}
		// The same for every visitor: no access decision is shown, only access models.
		request.setAttribute(PageCacheFilter.SAME_FOR_EVERY_VISITOR, Boolean.TRUE);
		model.addAttribute("book", BookView.of(book.book(), book.chapters()));
		model.addAttribute("profile", this.catalogue.bookProfile(id));
		model.addAttribute("accessModels", this.search.accessModels(id));
		return "book/show";
	}

}
