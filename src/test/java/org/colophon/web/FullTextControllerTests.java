package org.colophon.web;

import java.nio.charset.StandardCharsets;

import org.colophon.catalogue.CatalogueService;
import org.colophon.catalogue.ChapterInfo;
import org.colophon.content.ContentFormat;
import org.colophon.content.ContentNotFoundException;
import org.colophon.content.ContentService;
import org.colophon.content.FullTextDeniedException;
import org.colophon.content.FullTextFile;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.type;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.matches;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;

/**
 * Full text under the access decision: the file when granted, the 403 page with the
 * options when not.
 */
@WebSliceTest(FullTextController.class)
@Import(AccessViews.class)
class FullTextControllerTests {

	private static final ChapterInfo CHAPTER = WebFixtures.chapter("c1", "Roots and Branches");

	private static final String PAGE = "/chapters/c1/roots-and-branches";

	private static final byte[] PDF = "%PDF-1.4 roots".getBytes(StandardCharsets.US_ASCII);

	/** The visitor's key for the day: 16 bytes of a hash, never the address itself. */
	private static final String SESSION_KEY = "[0-9a-f]{32}";

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private CatalogueService catalogue;

	@MockitoBean
	private ContentService content;

	@Test
	void servesTheGrantedFileInlineAndKeepsItOutOfSharedCaches() {
		given(this.catalogue.chapter("c1")).willReturn(CHAPTER);
		given(this.content.open(eq(CHAPTER), eq(ContentFormat.PDF), eq(WebFixtures.anonymous()), matches(SESSION_KEY),
				any()))
			.willReturn(pdf());

		assertThat(this.mvc.get().uri(PAGE + "/pdf")).hasStatusOk()
			.hasContentType("application/pdf")
			.hasHeader(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"roots-and-branches.pdf\"")
			.hasHeader(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body()
			.isEqualTo(PDF);
	}

	@Test
	void servesARangeOfTheGrantedFile() {
		given(this.catalogue.chapter("c1")).willReturn(CHAPTER);
		given(this.content.open(eq(CHAPTER), eq(ContentFormat.PDF), eq(WebFixtures.anonymous()), matches(SESSION_KEY),
				any()))
			.willReturn(pdf());

		assertThat(this.mvc.get().uri(PAGE + "/pdf").header(HttpHeaders.RANGE, "bytes=0-7"))
			.hasStatus(HttpStatus.PARTIAL_CONTENT)
			.hasHeader(HttpHeaders.CONTENT_RANGE, "bytes 0-7/" + PDF.length)
			.hasBodyTextEqualTo("%PDF-1.4");
	}

	@Test
	void answersADeniedViewerWithTheAccessOptionsPage() {
		given(this.catalogue.chapter("c1")).willReturn(CHAPTER);
		given(this.content.open(eq(CHAPTER), eq(ContentFormat.HTML), eq(WebFixtures.anonymous()), matches(SESSION_KEY),
				any()))
			.willThrow(new FullTextDeniedException(WebFixtures.denied()));

		assertThat(this.mvc.get().uri(PAGE + "/html")).hasStatus(HttpStatus.FORBIDDEN)
			.hasViewName("error/403-access")
			.model()
			.satisfies((model) -> {
				assertThat(model.get("chapter")).asInstanceOf(type(ChapterView.class))
					.extracting(ChapterView::url)
					.isEqualTo(PAGE);
				assertThat(model.get("access")).asInstanceOf(type(AccessView.class)).satisfies((access) -> {
					assertThat(access.granted()).isFalse();
					assertThat(access.options()).extracting(AccessView.OptionLink::url)
						.containsExactly("/login?continue=" + PAGE);
				});
			});
	}

	@Test
	void answersAFormatTheChapterLacksWithTheNotFoundPage() {
		given(this.catalogue.chapter("c1")).willReturn(CHAPTER);
		given(this.content.open(eq(CHAPTER), eq(ContentFormat.HTML), eq(WebFixtures.anonymous()), matches(SESSION_KEY),
				any()))
			.willThrow(new ContentNotFoundException("c1", ContentFormat.HTML));

		assertThat(this.mvc.get().uri(PAGE + "/html")).hasStatus(HttpStatus.NOT_FOUND).hasViewName("error/404");
	}

	@Test
	void answersAFormatTheSiteDoesNotServeWithNotFound() {
		assertThat(this.mvc.get().uri(PAGE + "/epub")).hasStatus(HttpStatus.NOT_FOUND);
		then(this.content).shouldHaveNoInteractions();
	}

	private static FullTextFile pdf() {
		return new FullTextFile(new ByteArrayResource(PDF), ContentFormat.PDF, PDF.length, "roots-and-branches.pdf");
	}

}
