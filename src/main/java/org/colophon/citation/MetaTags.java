package org.colophon.citation;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.colophon.catalogue.BookInfo;
import org.colophon.catalogue.ChapterDetails;
import org.colophon.catalogue.ChapterInfo;
import org.colophon.catalogue.Contributor;

/**
 * The meta tags that Google Scholar (Highwire Press tags), Dublin Core readers and Open
 * Graph readers take a chapter's description from. A value that is not known gives no tag
 * at all, never an empty one.
 */
final class MetaTags {

	private static final DateTimeFormatter SCHOLAR_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");

	private static final int DESCRIPTION_LENGTH = 300;

	private MetaTags() {
	}

	static List<MetaTag> of(ChapterInfo chapter, String canonicalUrl, List<FullTextLink> fullTexts) {
		ChapterDetails details = chapter.details();
		BookInfo book = chapter.book();
		String bookTitle = book.details().fullTitle();
		Tags tags = new Tags();
		tags.add("citation_title", details.title());
		// Google Scholar reads citation_author as the work's authors only: editors and
		// translators are not
		for (Contributor contributor : details.contributors()) {
			if (contributor.isAuthor()) {
				tags.add("citation_author", contributor.name());
				tags.add("citation_author_institution", contributor.affiliation());
			}
		}
		if (book.printPublicationYear() != null) {
			tags.add("citation_publication_date", book.printPublicationYear().toString());
		}
		if (details.onlinePublicationDate() != null) {
			tags.add("citation_online_date", SCHOLAR_DATE.format(details.onlinePublicationDate()));
		}
		tags.add("citation_inbook_title", bookTitle);
		tags.add("citation_book_title", bookTitle);
		tags.add("citation_firstpage", details.firstPage());
		tags.add("citation_lastpage", details.lastPage());
		tags.add("citation_publisher", book.publisher());
		tags.add("citation_doi", chapter.doi());
		tags.add("citation_isbn", book.printIsbn());
		tags.add("citation_isbn", book.onlineIsbn());
		tags.add("citation_abstract_html_url", canonicalUrl);
		fullTexts.stream()
			.filter((text) -> text.openToEveryone() && FullTextLink.PDF.equals(text.mediaType()))
			.findFirst()
			.ifPresent((pdf) -> tags.add("citation_pdf_url", pdf.href()));

		tags.add("DC.title", details.title());
		details.contributors()
			.forEach((contributor) -> tags.add(contributor.isAuthor() ? "DC.creator" : "DC.contributor",
					contributor.name()));
		if (details.onlinePublicationDate() != null) {
			tags.add("DC.date", details.onlinePublicationDate().toString());
		}
		else if (book.printPublicationYear() != null) {
			tags.add("DC.date", book.printPublicationYear().toString());
		}
		tags.add("DC.publisher", book.publisher());
		tags.add("DC.type", "Text");
		tags.add("DC.identifier", canonicalUrl);
		tags.add("DC.identifier", chapter.doiUrl());
		tags.add("DC.relation.ispartof", bookTitle);
		String description = details.summary().isEmpty() ? null : abbreviate(details.summary().get(0));
		tags.add("DC.description", description);

		tags.add("og:type", "article");
		tags.add("og:title", details.title());
		tags.add("og:url", canonicalUrl);
		tags.add("og:description", description);
		if (details.onlinePublicationDate() != null) {
			tags.add("article:published_time", details.onlinePublicationDate().toString());
		}
		return List.copyOf(tags.list);
	}

	private static String abbreviate(String text) {
		return (text.length() <= DESCRIPTION_LENGTH) ? text
				: text.substring(0, DESCRIPTION_LENGTH - 1).strip() + "\u2026";
	}

	private static final class Tags {

		private final List<MetaTag> list = new ArrayList<>();

		void add(String name, String content) {
			if (content != null && !content.isBlank()) {
				this.list.add(new MetaTag(name, content.strip()));
			}
		}

	}

}
