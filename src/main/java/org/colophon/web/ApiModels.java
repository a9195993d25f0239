package org.colophon.web;

import java.time.LocalDate;
import java.util.List;

import org.colophon.catalogue.BookInfo;
import org.colophon.catalogue.ChapterDetails;
import org.colophon.catalogue.ChapterHeading;
import org.colophon.catalogue.ChapterInfo;
import org.colophon.catalogue.Contributor;
import org.colophon.citation.ExportFormat;
import org.colophon.links.Links;

/**
 * The JSON shapes of the API. Field names are a contract; absent values are {@code null}
 * or empty lists.
 */
final class ApiModels {

	private ApiModels() {
	}

	record PageJson<T>(List<T> items, String next) {
	}

	/**
	 * A contributor: {@code role} is {@code author}, {@code editor}, {@code chair} or
	 * {@code translator} ({@code null} when the source does not say), {@code orcid} the
	 * iD's address.
	 */
	record ContributorJson(String name, String affiliation, String role, String orcid) {

		static ContributorJson of(Contributor contributor) {
			return new ContributorJson(contributor.name(), contributor.affiliation(),
					(contributor.role() != null) ? contributor.role().crossrefName() : null, contributor.orcid());
		}

	}

	record AccessOptionJson(String kind, String label, String url) {

		static List<AccessOptionJson> of(AccessView access) {
			return access.options()
				.stream()
				.map((option) -> new AccessOptionJson(option.kind().name(), option.label(), option.url()))
				.toList();
		}

	}

	record BookJson(String id, String url, String title, String subtitle, String publisher,
			Integer printPublicationYear, String doi, String printIsbn, String onlineIsbn) {

		static BookJson of(BookInfo publication) {
			return new BookJson(publication.id(), Links.book(publication), publication.title(), publication.subtitle(),
					publication.publisher(), publication.printPublicationYear(), publication.doi(),
					publication.printIsbn(), publication.onlineIsbn());
		}

	}

	record ChapterHeadingJson(String id, String url, String label, String title, String firstPage, String lastPage) {

		static ChapterHeadingJson of(ChapterHeading heading) {
			return new ChapterHeadingJson(heading.id(), Links.chapter(heading), heading.label(), heading.title(),
					heading.firstPage(), heading.lastPage());
		}

	}

	record BookWithChaptersJson(String id, String url, String title, String subtitle, String publisher,
			Integer printPublicationYear, String doi, String printIsbn, String onlineIsbn,
			List<ChapterHeadingJson> chapters) {

		static BookWithChaptersJson of(BookInfo publication, List<ChapterHeading> chapters) {
			return new BookWithChaptersJson(publication.id(), Links.book(publication), publication.title(),
					publication.subtitle(), publication.publisher(), publication.printPublicationYear(),
					publication.doi(), publication.printIsbn(), publication.onlineIsbn(),
					chapters.stream().map(ChapterHeadingJson::of).toList());
		}

	}

	record ChapterJson(String id, String url, String label, String title, String part,
			List<ContributorJson> contributors, LocalDate onlinePublicationDate, String summaryHeading,
			List<String> summary, String type, String firstPage, String lastPage, String doi, BookJson publication,
			List<AccessOptionJson> accessOptions, CitationJson citation) {

		static ChapterJson of(ChapterInfo chapter, List<AccessOptionJson> accessOptions) {
			ChapterDetails details = chapter.details();
			return new ChapterJson(chapter.id(), Links.chapter(chapter), details.label(), details.title(),
					details.part(), details.contributors().stream().map(ContributorJson::of).toList(),
					details.onlinePublicationDate(), details.summaryHeading(), details.summary(), details.type(),
					details.firstPage(), details.lastPage(), chapter.doi(), BookJson.of(chapter.book()), accessOptions,
					CitationJson.of(chapter));
		}

	}

	record CitationJson(String ris, String bibtex, String cslJson) {

		static CitationJson of(ChapterInfo chapter) {
			return new CitationJson(Links.citeDownload(chapter, ExportFormat.RIS.extension()),
					Links.citeDownload(chapter, ExportFormat.BIBTEX.extension()),
					Links.citeDownload(chapter, ExportFormat.CSL_JSON.extension()));
		}

	}

}
