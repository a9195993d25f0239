package org.colophon.web;

import org.colophon.catalogue.BookWithChapters;
import org.colophon.catalogue.CatalogueService;
import org.colophon.links.Links;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The book page: the book's details and its table of contents.
 */
@Controller
class BookController {

	private final CatalogueService catalogue;

	BookController(CatalogueService catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping({ Links.BOOK, Links.BOOK_PAGE })
	String showBook(@PathVariable String id, @PathVariable(required = false) String slug, Model model) {
		BookWithChapters book = this.catalogue.bookWithChapters(id);
		if (!book.book().slug().equals(slug)) {
			return "redirect:" + Links.book(book.book());
		}
		model.addAttribute("book", BookView.of(book.book(), book.chapters()));
		return "book/show";
	}

}
