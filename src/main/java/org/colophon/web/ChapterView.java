package org.colophon.web;

import java.time.LocalDate;
import java.util.List;

import org.colophon.catalogue.BookInfo;
import org.colophon.catalogue.ChapterDetails;
import org.colophon.catalogue.ChapterInfo;
import org.colophon.catalogue.Contributor;
import org.colophon.links.Links;

/**
 * Everything the chapter landing page shows.
 */
record ChapterView(String id, String url, String label, String title, String part, String notice,
		List<Contributor> contributors, LocalDate onlinePublicationDate, String summaryHeading, List<String> summary,
		String type, String firstPage, String lastPage, String pages, boolean accessRequired, String accessNote,
		List<String> references, String bookUrl, String bookTitle, String bookSubtitle, String publisher,
		Integer printPublicationYear, boolean bookDetailsIncomplete, String doi, String doiUrl, String printIsbn,
		String onlineIsbn) {

	static ChapterView of(ChapterInfo chapter) {
		ChapterDetails details = chapter.details();
		BookInfo book = chapter.book();
		return new ChapterView(chapter.id(), Links.chapter(chapter), details.label(), details.title(), details.part(),
				details.notice(), details.contributors(), details.onlinePublicationDate(), details.summaryHeading(),
				details.summary(), details.type(), details.firstPage(), details.lastPage(),
				pages(details.firstPage(), details.lastPage()), details.accessRequired(), details.accessNote(),
				details.references(), Links.book(book), book.title(), book.subtitle(), book.publisher(),
				book.printPublicationYear(), book.detailsIncomplete(), chapter.doi(), chapter.doiUrl(),
				book.printIsbn(), book.onlineIsbn());
	}

	/**
	 * The page range as the landing page prints it, {@code null} when the capture had
	 * none.
	 */
	private static String pages(String firstPage, String lastPage) {
		if (firstPage == null) {
			return null;
		}
		return (lastPage == null) ? firstPage : firstPage + " - " + lastPage;
	}

}
