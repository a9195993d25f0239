package org.colophon.links;

import java.time.YearMonth;
import java.util.Arrays;

import org.colophon.catalogue.BookInfo;
import org.colophon.catalogue.ChapterHeading;
import org.colophon.catalogue.ChapterInfo;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The site's addresses in one place: the path templates that request mappings declare,
 * and the links built from the same templates for the pages, the JSON API, citation
 * metadata and the site map, so that a mapping and the links to it cannot drift apart.
 */
public final class Links {

	/** A chapter by id alone, which redirects to its landing page. */
	public static final String CHAPTER = "/chapters/{id}";

	/** A chapter's landing page, canonical with the slug of its title. */
	public static final String CHAPTER_PAGE = "/chapters/{id}/{slug}";

	/** The plain page of a chapter's save dialog, and where the dialog posts. */
	public static final String CHAPTER_SAVE = CHAPTER_PAGE + "/save/{target}";

	/** The plain citation page of a chapter. */
	public static final String CHAPTER_CITE = CHAPTER_PAGE + "/cite";

	/**
	 * A download of a chapter's description in an export format, e.g. {@code cite.ris}.
	 */
	public static final String CHAPTER_CITE_DOWNLOAD = CHAPTER_PAGE + "/cite.{extension}";

	/** A chapter's full text in one of its formats. */
	public static final String CHAPTER_FULL_TEXT = CHAPTER_PAGE + "/{extension:pdf|html}";

	/** A chapter's signposting linkset. */
	public static final String CHAPTER_LINKSET = CHAPTER + "/linkset";

	/** A book by id alone, which redirects to its page. */
	public static final String BOOK = "/books/{id}";

	/** A book's page, canonical with the slug of its title. */
	public static final String BOOK_PAGE = "/books/{id}/{slug}";

	/** The signed-in reader's deliveries. */
	public static final String DELIVERIES = "/deliveries";

	/** Where a cloud provider sends the reader back after authorisation. */
	public static final String DELIVERIES_AUTHORISED = DELIVERIES + "/authorised/{registrationId}";

	/** The log-in page. */
	public static final String LOGIN = "/login";

	/** The sign-up page. */
	public static final String SIGN_UP = "/signup";

	/** Where a sign-up ends: the page that asks the reader to look in their inbox. */
	public static final String SIGN_UP_SENT = SIGN_UP + "/sent";

	/** Where the link in a sign-up mail leads: it confirms the address. */
	public static final String SIGN_UP_CONFIRM = SIGN_UP + "/confirm";

	/** Where Spring Security starts a provider's authorisation. */
	public static final String AUTHORISATION = "/oauth2/authorization/{registrationId}";

	/** The chapters as JSON. */
	public static final String API_CHAPTERS = "/api/chapters";

	/** One chapter as JSON. */
	public static final String API_CHAPTER = API_CHAPTERS + "/{id}";

	/** The caller's access to a chapter as JSON. */
	public static final String API_CHAPTER_ACCESS = API_CHAPTER + "/access";

	/** Where a delivery of a chapter is requested as JSON. */
	public static final String API_CHAPTER_DELIVERIES = API_CHAPTER + "/deliveries";

	/** The books as JSON ("publications" in the API's addresses). */
	public static final String API_BOOKS = "/api/publications";

	/** One book as JSON. */
	public static final String API_BOOK = API_BOOKS + "/{id}";

	/** The signed-in reader's deliveries as JSON. */
	public static final String API_DELIVERIES = "/api/deliveries";

	/** One delivery as JSON. */
	public static final String API_DELIVERY = API_DELIVERIES + "/{id}";

	/** A book and its chapters as a Crossref deposit. */
	public static final String API_BOOK_CROSSREF = API_BOOK + "/crossref.xml";

	/** Where an admin uploads a file to import. */
	public static final String API_IMPORTS = "/api/admin/imports";

	/** One import job: its progress and, once done, its reports. */
	public static final String API_IMPORT = API_IMPORTS + "/{id}";

	/** The site map index: the numbered files that list every book and chapter page. */
	public static final String SITEMAP = "/sitemap.xml";

	/** One numbered file of the site map. */
	public static final String SITEMAP_FILE = "/sitemaps/{number}.xml";

	/** The OAI-PMH interface for harvesters. */
	public static final String OAI = "/oai";

	/** The COUNTER_SUSHI API 5.1: {@code status}, {@code members}, {@code reports}. */
	public static final String SUSHI = "/sushi/r51";

	/** A COUNTER report by its lower-case id over the COUNTER_SUSHI API. */
	public static final String SUSHI_REPORT = SUSHI + "/reports/{id}";

	/** Where the platform admin issues an institution's SUSHI credentials. */
	public static final String API_SUSHI_CREDENTIALS = "/api/admin/institutions/{id}/sushi-credentials";

	/** An institution's COUNTER report as a tabular file ({@code tsv} or {@code csv}). */
	public static final String COUNTER_INSTITUTION_REPORT = "/counter/institutions/{id}/{report}.{extension:tsv|csv}";

	/** The whole platform's COUNTER report as a tabular file. */
	public static final String COUNTER_PLATFORM_REPORT = "/counter/platform/{report}.{extension:tsv|csv}";

	/** The KBART title list of the whole platform. */
	public static final String KBART_ALL = "/kbart/all.txt";

	/** The KBART title list of what one institution is entitled to. */
	public static final String KBART_INSTITUTION = "/kbart/institutions/{id}.txt";

	/** MARC 21 records of the whole catalogue as a MARCXML collection. */
	public static final String MARC_ALL_XML = "/marc/all.xml";

	/** MARC 21 records of the whole catalogue in ISO 2709. */
	public static final String MARC_ALL_MRC = "/marc/all.mrc";

	/** MARC 21 records of what one institution is entitled to, as MARCXML. */
	public static final String MARC_INSTITUTION_XML = "/marc/institutions/{id}.xml";

	/** MARC 21 records of what one institution is entitled to, in ISO 2709. */
	public static final String MARC_INSTITUTION_MRC = "/marc/institutions/{id}.mrc";

	/** The signed-in institution administrator's pages. */
	public static final String INSTITUTION = "/institution";

	/** The search page. */
	public static final String SEARCH = "/search";

	/** Search as JSON. */
	public static final String API_SEARCH = "/api/search";

	/** Completions of a search being typed, as JSON. */
	public static final String API_SEARCH_SUGGEST = API_SEARCH + "/suggest";

	/** The OpenSearch description document, which lets browsers add the site's search. */
	public static final String OPENSEARCH = "/opensearch.xml";

	/** Books by title, A to Z. */
	public static final String BROWSE_TITLES = "/browse/titles";

	/** The print years, each with its number of books. */
	public static final String BROWSE_YEARS = "/browse/years";

	/** The books printed in one year, A to Z. */
	public static final String BROWSE_YEAR = BROWSE_YEARS + "/{year:\\d{1,9}}";

	/** The publishers, each with its number of books. */
	public static final String BROWSE_PUBLISHERS = "/browse/publishers";

	/**
	 * The books of one publisher, A to Z, the publisher's name as a {@link NameSegments
	 * name segment}.
	 */
	public static final String BROWSE_PUBLISHER = BROWSE_PUBLISHERS + "/{publisher}";

	// Parsed once: the chapter and book paths are built for every line of every listing.
	private static final UriComponents CHAPTER_PAGE_PATH = template(CHAPTER_PAGE);

	private static final UriComponents CHAPTER_SAVE_PATH = template(CHAPTER_SAVE);

	private static final UriComponents CHAPTER_CITE_PATH = template(CHAPTER_CITE);

	private static final UriComponents CHAPTER_CITE_DOWNLOAD_PATH = template(CHAPTER_CITE_DOWNLOAD);

	private static final UriComponents CHAPTER_FULL_TEXT_PATH = template(CHAPTER_FULL_TEXT);

	private static final UriComponents CHAPTER_LINKSET_PATH = template(CHAPTER_LINKSET);

	private static final UriComponents BOOK_PAGE_PATH = template(BOOK_PAGE);

	private static final UriComponents AUTHORISATION_PATH = template(AUTHORISATION);

	private static final UriComponents API_DELIVERY_PATH = template(API_DELIVERY);

	private static final UriComponents COUNTER_INSTITUTION_REPORT_PATH = template(COUNTER_INSTITUTION_REPORT);

	private Links() {
	}

	/** The canonical path of a chapter's landing page. */
	public static String chapter(ChapterInfo chapter) {
		return chapter(chapter.id(), chapter.slug());
	}

	/** The path of site map file {@code n}. */
	public static String sitemapFile(long n) {
		return "/sitemaps/" + n + ".xml";
	}

	/** The canonical path of a chapter's landing page. */
	public static String chapter(ChapterHeading chapter) {
		return chapter(chapter.id(), chapter.slug());
	}

	/**
	 * The chapter's landing page confirming one of the reader's deliveries of it.
	 */
	public static String chapter(ChapterInfo chapter, Long deliveryId) {
		return UriComponentsBuilder.fromPath(chapter(chapter)).queryParam("delivery", deliveryId).build().toUriString();
	}

	/** The plain page of the chapter's save dialog for a target such as "kindle". */
	public static String save(ChapterInfo chapter, String target) {
		return CHAPTER_SAVE_PATH.expand(chapter.id(), chapter.slug(), target).toUriString();
	}

	/** The plain citation page of a chapter. */
	public static String citePage(ChapterInfo chapter) {
		return CHAPTER_CITE_PATH.expand(chapter.id(), chapter.slug()).toUriString();
	}

	/** The plain citation page of a chapter showing a style. */
	public static String citePage(ChapterInfo chapter, String style) {
		return UriComponentsBuilder.fromPath(citePage(chapter))
			.queryParam("style", style)
			.build()
			.encode()
			.toUriString();
	}

	/**
	 * The download of a chapter's description in the export format with this file
	 * extension, e.g. {@code .../cite.ris}.
	 */
	public static String citeDownload(ChapterInfo chapter, String extension) {
		return CHAPTER_CITE_DOWNLOAD_PATH.expand(chapter.id(), chapter.slug(), extension).toUriString();
	}

	/** A chapter's full text in the format with this file extension. */
	public static String fullText(ChapterInfo chapter, String extension) {
		return CHAPTER_FULL_TEXT_PATH.expand(chapter.id(), chapter.slug(), extension).toUriString();
	}

	/** A chapter's signposting linkset. */
	public static String linkset(ChapterInfo chapter) {
		return CHAPTER_LINKSET_PATH.expand(chapter.id()).toUriString();
	}

	/** The canonical path of a book's page. */
	public static String book(BookInfo book) {
		return BOOK_PAGE_PATH.expand(book.id(), book.slug()).toUriString();
	}

	/**
	 * The log-in page, returning to a path of this site afterwards; institutional asks
	 * for the institution's sign-in.
	 */
	public static String login(String continueTo, boolean institutional) {
		UriComponentsBuilder login = UriComponentsBuilder.fromPath(LOGIN);
		if (institutional) {
			login.queryParam("institutional", true);
		}
		return login.queryParam("continue", continueTo).build().encode().toUriString();
	}

	/** The confirmation page of a sign-up mail's link, with its token. */
	public static String signUpConfirm(String token) {
		return UriComponentsBuilder.fromPath(SIGN_UP_CONFIRM).queryParam("token", token).build().encode().toUriString();
	}

	/** Where the reader authorises a cloud provider, by its client registration id. */
	public static String authorisation(String registrationId) {
		return AUTHORISATION_PATH.expand(registrationId).toUriString();
	}

	/** A keyset page of the chapters as JSON. */
	public static String apiChapters(String after, int size) {
		return page(API_CHAPTERS, after, size);
	}

	/** A keyset page of the books as JSON. */
	public static String apiBooks(String after, int size) {
		return page(API_BOOKS, after, size);
	}

	/** One delivery as JSON. */
	public static String apiDelivery(Long id) {
		return API_DELIVERY_PATH.expand(id).toUriString();
	}

	/**
	 * An institution's COUNTER report as a tabular file over these months, e.g.
	 * {@code /counter/institutions/7/tr_b1.tsv?begin_date=2026-01&end_date=2026-06}.
	 * @param report the report's lower-case id ({@code pr}, {@code tr_b1}, ...)
	 * @param extension {@code tsv} or {@code csv}
	 */
	public static String counterReport(long institutionId, String report, String extension, YearMonth begin,
			YearMonth end) {
		return UriComponentsBuilder
			.fromPath(COUNTER_INSTITUTION_REPORT_PATH.expand(institutionId, report, extension).toUriString())
			.queryParam("begin_date", begin)
			.queryParam("end_date", end)
			.build()
			.encode()
			.toUriString();
	}

	/** An institution's KBART title list. */
	public static String kbart(long institutionId) {
		return KBART_INSTITUTION.replace("{id}", Long.toString(institutionId));
	}

	/**
	 * An institution's MARC 21 records, {@code xml} or {@code mrc}, with chapter records
	 * when asked.
	 */
	public static String marc(long institutionId, String extension, boolean chapters) {
		String path = ("xml".equals(extension) ? MARC_INSTITUTION_XML : MARC_INSTITUTION_MRC).replace("{id}",
				Long.toString(institutionId));
		return chapters ? path + "?chapters=true" : path;
	}

	/**
	 * The books A to Z after the book with this public id ({@code null} for the first
	 * page).
	 */
	public static String browseTitles(String after) {
		return browse(BROWSE_TITLES, after);
	}

	/**
	 * The books printed in a year, A to Z, after the book with this public id
	 * ({@code null} for the first page).
	 */
	public static String browseYear(int year, String after) {
		return browse(BROWSE_YEARS + "/" + year, after);
	}

	/**
	 * The publishers from the one after this name ({@code null} for the first page).
	 */
	public static String browsePublishers(String after) {
		return browse(BROWSE_PUBLISHERS, after);
	}

	/**
	 * The books of a publisher, A to Z, after the book with this public id ({@code null}
	 * for the first page).
	 */
	public static String browsePublisher(String publisher, String after) {
		return browse(BROWSE_PUBLISHERS + "/{publisher}", after, NameSegments.encode(publisher));
	}

	private static String browse(String template, String after, Object... variables) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath(template);
		if (after == null) {
			return url.encode().buildAndExpand(variables).toUriString();
		}
		Object[] all = Arrays.copyOf(variables, variables.length + 1);
		all[variables.length] = after;
		return url.queryParam("after", "{after}").encode().buildAndExpand(all).toUriString();
	}

	/** A search for these words, best matches first. */
	public static String search(String query) {
		return UriComponentsBuilder.fromPath(SEARCH)
			.queryParam("q", "{q}")
			.encode()
			.buildAndExpand(query)
			.toUriString();
	}

	private static String chapter(String id, String slug) {
		return CHAPTER_PAGE_PATH.expand(id, slug).toUriString();
	}

	private static String page(String path, String after, int size) {
		return UriComponentsBuilder.fromPath(path)
			.queryParam("after", after)
			.queryParam("size", size)
			.build()
			.toUriString();
	}

	private static UriComponents template(String path) {
		return UriComponentsBuilder.fromPath(path).build();
	}

}
