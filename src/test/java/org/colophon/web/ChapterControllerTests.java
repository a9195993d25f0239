package org.colophon.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.colophon.access.AccessBasis;
import org.colophon.catalogue.BookWithChapters;
import org.colophon.catalogue.CatalogueService;
import org.colophon.catalogue.ChapterHeading;
import org.colophon.catalogue.ChapterInfo;
import org.colophon.catalogue.ChapterNotFoundException;
import org.colophon.citation.CitationService;
import org.colophon.citation.CitationStyle;
import org.colophon.citation.FullTextLink;
import org.colophon.citation.LandingMetadata;
import org.colophon.content.ContentFormat;
import org.colophon.content.ContentService;
import org.colophon.content.FullTextAccess;
import org.colophon.delivery.DeliveryDeniedException;
import org.colophon.delivery.DeliveryRecords;
import org.colophon.delivery.DeliveryRequest;
import org.colophon.delivery.DeliveryService;
import org.colophon.delivery.DeliveryStatus;
import org.colophon.delivery.InvalidDeliveryException;
import org.colophon.delivery.RateLimitedException;
import org.colophon.delivery.SaveDestination;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.type;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The chapter landing page, the plain pages of its save dialogs, and saving.
 */
@WebSliceTest(ChapterController.class)
@Import({ ChapterPage.class, AccessViews.class, CitationViews.class })
class ChapterControllerTests {

	private static final ChapterInfo CHAPTER = WebFixtures.chapter("c1", "Roots and Branches");

	private static final String PAGE = "/chapters/c1/roots-and-branches";

	private static final String BASE_URL = "http://localhost";

	private static final LandingMetadata METADATA = new LandingMetadata(BASE_URL + PAGE, List.of(), "{}",
			"<" + BASE_URL + PAGE + ">; rel=\"cite-as\"", List.of());

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private CatalogueService catalogue;

	@MockitoBean
	private ContentService content;

	@MockitoBean
	private CitationService citation;

	@MockitoBean
	private DeliveryService deliveries;

	@Test
	void showsTheChapterWhatTheViewerMayReadAndTheCitation() {
		given(this.catalogue.chapter("c1")).willReturn(CHAPTER);
		given(this.content.access(CHAPTER, WebFixtures.anonymous()))
			.willReturn(new FullTextAccess(WebFixtures.granted(AccessBasis.OPEN_ACCESS), List.of(ContentFormat.PDF)));
		given(this.citation.landing(CHAPTER, BASE_URL,
				List.of(new FullTextLink(BASE_URL + PAGE + "/pdf", "application/pdf", true))))
			.willReturn(METADATA);
		given(this.citation.featuredStyles()).willReturn(List.of(new CitationStyle("apa", "APA")));
		given(this.citation.format(CHAPTER, "apa", "en-US", BASE_URL)).willReturn("Author, A. (2010). Roots.");
		given(this.deliveries.isAvailable(SaveDestination.DROPBOX)).willReturn(true);
		given(this.catalogue.bookWithChapters("b1")).willReturn(new BookWithChapters(WebFixtures.book("b1", "The Book"),
				List.of(new ChapterHeading("c0", "b1", "2", "Seeds", "30", null, Instant.EPOCH),
						new ChapterHeading("c1", "b1", "3", "Roots and Branches", "45", null, Instant.EPOCH),
						new ChapterHeading("c2", "b1", "4", "Leaves", "50", null, Instant.EPOCH))));

		assertThat(this.mvc.get().uri(PAGE).accept(MediaType.TEXT_HTML)).hasStatusOk()
			.hasViewName("chapter/show")
			.hasHeader(HttpHeaders.LINK, METADATA.linkHeader())
			.model()
			.containsEntry("metadata", METADATA)
			.satisfies((model) -> {
				assertThat(model.get("chapter")).asInstanceOf(type(ChapterView.class)).satisfies((chapter) -> {
					assertThat(chapter.title()).isEqualTo("Roots and Branches");
					assertThat(chapter.bookUrl()).isEqualTo("/books/b1/the-book");
					assertThat(chapter.pages()).isEqualTo("45");
				});
				assertThat(model.get("access")).asInstanceOf(type(AccessView.class)).satisfies((access) -> {
					assertThat(access.granted()).isTrue();
					assertThat(access.openToEveryone()).isTrue();
					assertThat(access.formats()).extracting(AccessView.FormatLink::url).containsExactly(PAGE + "/pdf");
				});
				assertThat(model.get("cite")).asInstanceOf(type(CiteView.class))
					.extracting(CiteView::style, CiteView::text)
					.containsExactly("apa", "Author, A. (2010). Roots.");
				assertThat(model.get("save")).asInstanceOf(type(SaveDialogsView.class)).satisfies((save) -> {
					assertThat(save.url("kindle")).isEqualTo(PAGE + "/save/kindle");
					assertThat(save.dropboxAvailable()).isTrue();
					assertThat(save.googleDriveAvailable()).isFalse();
					assertThat(save.idempotencyKey()).isNotBlank();
				});
				assertThat(model.get("nav")).asInstanceOf(type(ChapterNavView.class)).satisfies((nav) -> {
					assertThat(nav.bookUrl()).isEqualTo("/books/b1/the-book");
					assertThat(nav.chapterUrl()).isEqualTo(PAGE);
					assertThat(nav.previous().title()).isEqualTo("Seeds");
					assertThat(nav.next().title()).isEqualTo("Leaves");
				});
			});
	}

	@Test
	void namesARoleOtherThanAuthorAndLinksTheOrcidIdWithAnAccessibleName() throws Exception {
		ChapterInfo edited = WebFixtures.editedChapter("c3", "Edited");
		given(this.catalogue.chapter("c3")).willReturn(edited);
		given(this.content.access(edited, WebFixtures.anonymous()))
			.willReturn(new FullTextAccess(WebFixtures.denied(), List.of()));
		given(this.citation.landing(edited, BASE_URL, List.of())).willReturn(METADATA);
		given(this.catalogue.bookWithChapters("b1"))
			.willReturn(new BookWithChapters(WebFixtures.book("b1", "The Book"), List.of()));

		String html = this.mvc.get()
			.uri("/chapters/c3/edited")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

		Elements contributors = Jsoup.parse(html).select("ul.contributors > li");
		assertThat(contributors).hasSize(2);
		assertThat(contributors.get(0).select(".contributor-role, a.orcid")).as("an author without an iD").isEmpty();
		assertThat(contributors.get(1).select(".contributor-role").text()).isEqualTo("(editor)");
		Element orcid = contributors.get(1).selectFirst("a.orcid");
		assertThat(orcid.attr("href")).isEqualTo("https://orcid.org/0000-0002-1825-0097");
		assertThat(orcid.text()).isEqualTo("https://orcid.org/0000-0002-1825-0097");
		assertThat(orcid.attr("aria-label")).isEqualTo("ORCID iD of E. Editor: https://orcid.org/0000-0002-1825-0097");
	}

	@Test
	void redirectsTheChapterIdAloneToTheCanonicalAddress() {
		given(this.catalogue.chapter("c1")).willReturn(CHAPTER);

		assertThat(this.mvc.get().uri("/chapters/c1")).hasStatus(HttpStatus.FOUND).hasRedirectedUrl(PAGE);
	}

	@Test
	void redirectsAStaleSlugToTheCanonicalAddress() {
		given(this.catalogue.chapter("c1")).willReturn(CHAPTER);

		assertThat(this.mvc.get().uri("/chapters/c1/an-older-title").accept(MediaType.TEXT_HTML))
			.hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl(PAGE);
	}

	@Test
	void answersAnUnknownChapterWithTheNotFoundPage() {
		given(this.catalogue.chapter("nope")).willThrow(new ChapterNotFoundException("nope"));

		assertThat(this.mvc.get().uri("/chapters/nope/a-title").accept(MediaType.TEXT_HTML))
			.hasStatus(HttpStatus.NOT_FOUND)
			.hasViewName("error/404");
	}

	@Test
	void answersNotAcceptableWithTheOfferedTypesWhenNeitherHtmlNorACitationTypeIsAccepted() {
		assertThat(this.mvc.get().uri(PAGE).header(HttpHeaders.ACCEPT, "image/png"))
			.hasStatus(HttpStatus.NOT_ACCEPTABLE)
			.hasContentTypeCompatibleWith(MediaType.TEXT_PLAIN)
			.bodyText()
			.contains("text/html", "application/x-bibtex", "application/x-research-info-systems",
					"text/x-bibliography");
		then(this.catalogue).shouldHaveNoInteractions();
	}

	@Test
	void confirmsTheReadersOwnDeliveryNamedInTheAddress() {
		given(this.catalogue.chapter("c1")).willReturn(CHAPTER);
		given(this.content.access(CHAPTER, WebFixtures.reader()))
			.willReturn(new FullTextAccess(WebFixtures.granted(AccessBasis.PERSONAL), List.of(ContentFormat.PDF)));
		given(this.citation.landing(CHAPTER, BASE_URL,
				List.of(new FullTextLink(BASE_URL + PAGE + "/pdf", "application/pdf", false))))
			.willReturn(METADATA);
		given(this.deliveries.findOwn(42L, 7L)).willReturn(
				Optional.of(DeliveryRecords.delivery(7L, 42L, "c1", SaveDestination.KINDLE, DeliveryStatus.DELIVERED)));
		given(this.catalogue.bookWithChapters("b1")).willReturn(WebFixtures.bookWithChapters("b1", "The Book"));

		assertThat(this.mvc.get().uri(PAGE + "?delivery=7").accept(MediaType.TEXT_HTML).with(user(WebFixtures.READER)))
			.hasStatusOk()
			.hasViewName("chapter/show")
			.model()
			.extractingByKey("delivery")
			.asInstanceOf(type(DeliveryView.class))
			.extracting(DeliveryView::status, DeliveryView::chapterUrl)
			.containsExactly(DeliveryStatus.DELIVERED, PAGE);
	}

	@Test
	void showsThePlainSavePageOfADestination() {
		given(this.catalogue.chapter("c1")).willReturn(CHAPTER);
		given(this.content.access(CHAPTER, WebFixtures.anonymous()))
			.willReturn(new FullTextAccess(WebFixtures.denied(), List.of()));

		assertThat(this.mvc.get().uri(PAGE + "/save/google-drive")).hasStatusOk()
			.hasViewName("chapter/save")
			.model()
			.containsEntry("target", "google-drive")
			.extractingByKey("save")
			.asInstanceOf(type(SaveDialogsView.class))
			.extracting(SaveDialogsView::formTarget)
			.isNull();
	}

	@Test
	void answersAnUnknownSaveDestinationWithTheNotFoundPage() {
		assertThat(this.mvc.get().uri(PAGE + "/save/fax")).hasStatus(HttpStatus.NOT_FOUND).hasViewName("error/404");
		then(this.catalogue).shouldHaveNoInteractions();
	}

	@Test
	void sendsAnAnonymousSaveToTheLogInPage() {
		assertThat(save("kindle", "dialog").with(csrf())).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/login");
		then(this.deliveries).shouldHaveNoInteractions();
	}

	@Test
	void refusesASaveWithoutTheFormsCsrfToken() {
		assertThat(save("kindle", "dialog").with(user(WebFixtures.READER))).hasStatus(HttpStatus.FORBIDDEN);
		then(this.deliveries).shouldHaveNoInteractions();
	}

	@Test
	void savesAndReturnsToTheChapterToConfirmTheDelivery() {
		given(this.catalogue.chapter("c1")).willReturn(CHAPTER);
		given(this.deliveries.request(CHAPTER, WebFixtures.reader(), kindleRequest()))
			.willReturn(DeliveryRecords.delivery(7L, 42L, "c1", SaveDestination.KINDLE, DeliveryStatus.PENDING));

		assertThat(save("kindle", "dialog").with(user(WebFixtures.READER)).with(csrf())).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl(PAGE + "?delivery=7");
	}

	@Test
	void sendsTheReaderToAuthoriseTheProviderBeforeTheSaveCanGo() {
		given(this.catalogue.chapter("c1")).willReturn(CHAPTER);
		given(this.deliveries.request(CHAPTER, WebFixtures.reader(),
				new DeliveryRequest("DROPBOX", "PDF", null, null, true, "k1")))
			.willReturn(DeliveryRecords.delivery(7L, 42L, "c1", SaveDestination.DROPBOX,
					DeliveryStatus.AUTHORISATION_REQUIRED));

		assertThat(this.mvc.post()
			.uri(PAGE + "/save/dropbox")
			.param("format", "PDF")
			.param("acceptPolicy", "true")
			.param("idempotencyKey", "k1")
			.param("place", "dialog")
			.with(user(WebFixtures.READER))
			.with(csrf())).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/oauth2/authorization/dropbox");
	}

	@Test
	void opensTheDialogAgainWithTheErrorsAndTheReadersInputWhenASaveFromItIsInvalid() {
		given(this.catalogue.chapter("c1")).willReturn(CHAPTER);
		given(this.deliveries.request(CHAPTER, WebFixtures.reader(), kindleRequest()))
			.willThrow(new InvalidDeliveryException(Map.of("kindleName", "delivery.error.kindleName.invalid")));
		given(this.content.access(CHAPTER, WebFixtures.reader()))
			.willReturn(new FullTextAccess(WebFixtures.granted(AccessBasis.PERSONAL), List.of()));
		given(this.citation.landing(CHAPTER, BASE_URL, List.of())).willReturn(METADATA);

		assertThat(save("kindle", "dialog").with(user(WebFixtures.READER)).with(csrf()))
			.hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.hasViewName("chapter/show")
			.hasHeader(HttpHeaders.LINK, METADATA.linkHeader())
			.model()
			.doesNotContainKey("retryMinutes")
			.extractingByKey("save")
			.asInstanceOf(type(SaveDialogsView.class))
			.satisfies((save) -> {
				assertThat(save.formTarget()).isEqualTo("kindle");
				assertThat(save.error("kindle", "kindleName")).isEqualTo("delivery.error.kindleName.invalid");
				assertThat(save.formFor("kindle").kindleName()).isEqualTo("my.kindle");
			});
	}

	@Test
	void showsThePlainPageAgainWithTheErrorsWhenASaveFromItIsInvalid() {
		given(this.catalogue.chapter("c1")).willReturn(CHAPTER);
		given(this.deliveries.request(CHAPTER, WebFixtures.reader(), kindleRequest()))
			.willThrow(new InvalidDeliveryException(Map.of("acceptPolicy", "delivery.error.acceptPolicy")));
		given(this.content.access(CHAPTER, WebFixtures.reader()))
			.willReturn(new FullTextAccess(WebFixtures.granted(AccessBasis.PERSONAL), List.of()));

		assertThat(save("kindle", "page").with(user(WebFixtures.READER)).with(csrf()))
			.hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.hasViewName("chapter/save")
			.model()
			.containsEntry("target", "kindle")
			.extractingByKey("save")
			.asInstanceOf(type(SaveDialogsView.class))
			.extracting((save) -> save.error("kindle", "acceptPolicy"))
			.isEqualTo("delivery.error.acceptPolicy");
	}

	@Test
	void tellsARateLimitedReaderHowManyWholeMinutesToWait() {
		given(this.catalogue.chapter("c1")).willReturn(CHAPTER);
		given(this.deliveries.request(CHAPTER, WebFixtures.reader(), kindleRequest()))
			.willThrow(new RateLimitedException(Duration.ofSeconds(61)));
		given(this.content.access(CHAPTER, WebFixtures.reader()))
			.willReturn(new FullTextAccess(WebFixtures.granted(AccessBasis.PERSONAL), List.of()));

		assertThat(save("kindle", "page").with(user(WebFixtures.READER)).with(csrf()))
			.hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.hasViewName("chapter/save")
			.model()
			.containsEntry("retryMinutes", 2L);
	}

	@Test
	void answersASaveTheAccessDecisionTurnsAwayWithTheAccessOptions() {
		given(this.catalogue.chapter("c1")).willReturn(CHAPTER);
		given(this.deliveries.request(CHAPTER, WebFixtures.reader(), kindleRequest()))
			.willThrow(new DeliveryDeniedException(WebFixtures.denied()));

		assertThat(save("kindle", "dialog").with(user(WebFixtures.READER)).with(csrf())).hasStatus(HttpStatus.FORBIDDEN)
			.hasViewName("error/403-access")
			.model()
			.extractingByKey("access")
			.asInstanceOf(type(AccessView.class))
			.satisfies((access) -> assertThat(access.options()).extracting(AccessView.OptionLink::url)
				.containsExactly("/login?continue=" + PAGE));
	}

	private MockMvcRequestBuilder save(String target, String place) {
		return this.mvc.post()
			.uri(PAGE + "/save/" + target)
			.param("format", "PDF")
			.param("kindleName", "my.kindle")
			.param("kindleDomain", "kindle.com")
			.param("acceptPolicy", "true")
			.param("idempotencyKey", "k1")
			.param("place", place);
	}

	private static DeliveryRequest kindleRequest() {
		return new DeliveryRequest("KINDLE", "PDF", "my.kindle", "kindle.com", true, "k1");
	}

}
