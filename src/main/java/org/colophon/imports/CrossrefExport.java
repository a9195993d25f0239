package org.colophon.imports;

import java.io.OutputStream;
import java.time.Clock;
import java.util.List;

import javax.xml.stream.XMLStreamException;

import org.colophon.catalogue.BookWithChapters;
import org.colophon.catalogue.CatalogueService;
import org.colophon.catalogue.ChapterHeading;
import org.colophon.catalogue.ChapterInfo;
import org.colophon.citation.SiteAddress;
import org.colophon.links.Links;
import org.springframework.stereotype.Service;

/**
 * Writes a book of the catalogue back as a Crossref deposit, with the site's addresses as
 * the DOIs' resources.
 */
@Service
class CrossrefExport {

	private final CatalogueService catalogue;

	private final SiteAddress site;

	private final CrossrefProperties depositor;

	private final Clock clock;

	CrossrefExport(CatalogueService catalogue, SiteAddress site, CrossrefProperties depositor, Clock clock) {
		this.catalogue = catalogue;
		this.site = site;
		this.depositor = depositor;
		this.clock = clock;
	}

	/**
	 * Checks that the book exists and can be deposited, before anything is written.
	 * @throws org.colophon.catalogue.BookNotFoundException when there is no such book
	 * @throws IncompleteBookException when it lacks a publisher or a year
	 */
	Deposit prepare(String bookId) {
		BookWithChapters book = this.catalogue.bookWithChapters(bookId);
		List<ChapterInfo> chapters = book.chapters()
			.stream()
			.map(ChapterHeading::id)
			.map(this.catalogue::chapter)
			.toList();
		String base = this.site.baseUrl();
		Deposit deposit = new Deposit(book, chapters, base);
		if (book.book().publisher() == null || (book.book().printPublicationYear() == null
				&& chapters.stream().allMatch((chapter) -> chapter.details().onlinePublicationDate() == null))) {
			throw new IncompleteBookException(bookId);
		}
		return deposit;
	}

	/** A book ready to be written. */
	final class Deposit {

		private final BookWithChapters book;

		private final List<ChapterInfo> chapters;

		private final String base;

		Deposit(BookWithChapters book, List<ChapterInfo> chapters, String base) {
			this.book = book;
			this.chapters = chapters;
			this.base = base;
		}

		void writeTo(OutputStream out) throws XMLStreamException {
			CrossrefDepositWriter.write(this.book.book(), this.base + Links.book(this.book.book()), this.chapters,
					this.chapters.stream().map((chapter) -> this.base + Links.chapter(chapter)).toList(),
					CrossrefExport.this.depositor, CrossrefExport.this.clock.instant(), out);
		}

	}

}
