package org.colophon.web;

import java.util.List;

import org.colophon.catalogue.CatalogueService;
import org.colophon.catalogue.ChapterInfo;
import org.colophon.catalogue.ChapterNotFoundException;
import org.colophon.citation.CitationService;
import org.colophon.citation.ExportFormat;
import org.colophon.citation.UnknownStyleException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;

/**
 * The chapter address for machines: citation formats by content negotiation, formatted
 * citations, downloads and the linkset.
 */
@WebSliceTest(ChapterExportController.class)
class ChapterExportControllerTests {

	private static final ChapterInfo CHAPTER = WebFixtures.chapter("c1", "Roots and Branches");

	private static final String PAGE = "/chapters/c1/roots-and-branches";

	private static final String BASE_URL = "http://localhost";

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private CatalogueService catalogue;

	@MockitoBean
	private CitationService citation;

	@ParameterizedTest
	@EnumSource(ExportFormat.class)
	void answersTheLandingPageAddressInTheNegotiatedFormat(ExportFormat format) {
		given(this.catalogue.chapter("c1")).willReturn(CHAPTER);
		given(this.citation.export(CHAPTER, format, BASE_URL)).willReturn("the " + format + " record");

		assertThat(this.mvc.get().uri(PAGE).header(HttpHeaders.ACCEPT, format.mediaType())).hasStatusOk()
			.hasContentType(format.mediaType() + ";charset=UTF-8")
			.hasHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT)
			.doesNotContainHeader(HttpHeaders.CONTENT_DISPOSITION)
			.hasBodyTextEqualTo("the " + format + " record");
	}

	@Test
	void answersTheIdAloneInTheNegotiatedFormatWithoutRedirecting() {
		given(this.catalogue.chapter("c1")).willReturn(CHAPTER);
		given(this.citation.export(CHAPTER, ExportFormat.RIS, BASE_URL)).willReturn("TY  - CHAP");

		assertThat(this.mvc.get().uri("/chapters/c1").header(HttpHeaders.ACCEPT, ExportFormat.RIS.mediaType()))
			.hasStatusOk()
			.hasBodyTextEqualTo("TY  - CHAP");
	}

	@Test
	void formatsTheCitationInTheStyleAndLocaleNamedByTheAcceptedType() {
		given(this.catalogue.chapter("c1")).willReturn(CHAPTER);
		given(this.citation.format(CHAPTER, "chicago-author-date", "de-DE", BASE_URL)).willReturn("Author, A. 2010.");

		assertThat(this.mvc.get()
			.uri(PAGE)
			.header(HttpHeaders.ACCEPT, "text/x-bibliography; style=chicago-author-date; locale=de-DE")).hasStatusOk()
			.hasContentType("text/x-bibliography;charset=UTF-8")
			.hasBodyTextEqualTo("Author, A. 2010.\n");
	}

	@Test
	void formatsTheCitationInTheDefaultStyleAndLocaleWhenTheTypeNamesNone() {
		given(this.catalogue.chapter("c1")).willReturn(CHAPTER);
		given(this.citation.format(CHAPTER, "apa", "en-US", BASE_URL)).willReturn("Author, A. (2010).");

		assertThat(this.mvc.get().uri(PAGE).header(HttpHeaders.ACCEPT, "text/x-bibliography")).hasStatusOk()
			.hasBodyTextEqualTo("Author, A. (2010).\n");
	}

	@Test
	void answersAnUnknownStyleWithBadRequestAndWhy() {
		given(this.catalogue.chapter("c1")).willReturn(CHAPTER);
		given(this.citation.format(CHAPTER, "no-such-style", "en-US", BASE_URL))
			.willThrow(new UnknownStyleException("Unknown citation style no-such-style"));

		assertThat(this.mvc.get().uri(PAGE).header(HttpHeaders.ACCEPT, "text/x-bibliography; style=no-such-style"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentTypeCompatibleWith(MediaType.TEXT_PLAIN)
			.hasBodyTextEqualTo("Unknown citation style no-such-style\n");
	}

	@ParameterizedTest
	@EnumSource(ExportFormat.class)
	void downloadsAnExportAsAnAttachmentNamedAfterTheChapter(ExportFormat format) {
		given(this.catalogue.chapter("c1")).willReturn(CHAPTER);
		given(this.citation.export(CHAPTER, format, BASE_URL)).willReturn("the " + format + " record");

		assertThat(this.mvc.get().uri(PAGE + "/cite." + format.extension())).hasStatusOk()
			.hasContentType(format.mediaType() + ";charset=UTF-8")
			.hasHeader(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"roots-and-branches." + format.extension() + "\"")
			.hasBodyTextEqualTo("the " + format + " record");
	}

	@Test
	void answersAnUnknownExportFormatWithNotFound() {
		assertThat(this.mvc.get().uri(PAGE + "/cite.docx")).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("No export format docx");
		then(this.catalogue).shouldHaveNoInteractions();
	}

	@Test
	void answersAnUnknownChapterWithNotFoundWhateverTypeWasAsked() {
		given(this.catalogue.chapter("nope")).willThrow(new ChapterNotFoundException("nope"));

		assertThat(this.mvc.get().uri("/chapters/nope").header(HttpHeaders.ACCEPT, ExportFormat.BIBTEX.mediaType()))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void answersTheLinksetAsLinksetJson() {
		given(this.catalogue.chapter("c1")).willReturn(CHAPTER);
		given(this.citation.linkset(CHAPTER, BASE_URL, List.of())).willReturn("{\"linkset\":[]}");

		assertThat(this.mvc.get().uri("/chapters/c1/linkset").header(HttpHeaders.ACCEPT, "application/linkset+json"))
			.hasStatusOk()
			.hasContentType("application/linkset+json")
			.hasBodyTextEqualTo("{\"linkset\":[]}");
	}

}
