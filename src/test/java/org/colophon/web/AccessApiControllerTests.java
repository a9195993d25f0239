package org.colophon.web;

import java.math.BigDecimal;
import java.util.List;

import org.colophon.access.AccessBasis;
import org.colophon.access.AccessDecision;
import org.colophon.access.AccessOptionKind;
import org.colophon.access.OfferedOption;
import org.colophon.access.Viewer;
import org.colophon.catalogue.CatalogueService;
import org.colophon.catalogue.ChapterInfo;
import org.colophon.catalogue.ChapterNotFoundException;
import org.colophon.content.ContentFormat;
import org.colophon.content.ContentService;
import org.colophon.content.FullTextAccess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The access decision for the caller as JSON: granted with the formats to read, or denied
 * with the options and where they lead.
 */
@WebSliceTest(AccessApiController.class)
@Import(AccessViews.class)
@TestPropertySource(properties = "colophon.access.purchase-url=https://shop.example/buy/{publicationId}/{chapterId}")
class AccessApiControllerTests {

	private static final ChapterInfo CHAPTER = WebFixtures.chapter("c1", "Roots and Branches");

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private CatalogueService catalogue;

	@MockitoBean
	private ContentService content;

	@Test
	void showsAGrantedDecisionWithTheFormatsToRead() {
		AccessDecision institution = new AccessDecision(true, AccessBasis.INSTITUTION, "Example University", 5L, null,
				null, List.of());
		given(this.catalogue.chapter("c1")).willReturn(CHAPTER);
		given(this.content.access(CHAPTER, WebFixtures.anonymous()))
			.willReturn(new FullTextAccess(institution, List.of(ContentFormat.PDF, ContentFormat.HTML)));

		assertThat(this.mvc.get().uri("/api/chapters/c1/access")).hasStatusOk()
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.bodyJson()
			.isStrictlyEqualTo("""
					{
					  "granted": true,
					  "basis": "INSTITUTION",
					  "providedBy": "Example University",
					  "licence": null,
					  "formats": [
					    { "format": "PDF", "url": "/chapters/c1/roots-and-branches/pdf" },
					    { "format": "HTML", "url": "/chapters/c1/roots-and-branches/html" }
					  ],
					  "options": []
					}
					""");
	}

	@Test
	void showsADeniedDecisionWithWhereEachOptionLeads() {
		AccessDecision denied = new AccessDecision(false, AccessBasis.NONE, null, null, null, AccessDecision.NO_LICENCE,
				List.of(new OfferedOption(AccessOptionKind.INSTITUTIONAL_LOG_IN, "Institutional log in", "", null,
						null),
						new OfferedOption(AccessOptionKind.PURCHASE, "Buy", "", new BigDecimal("25.00"), "GBP")));
		given(this.catalogue.chapter("c1")).willReturn(CHAPTER);
		given(this.content.access(CHAPTER, WebFixtures.anonymous())).willReturn(new FullTextAccess(denied, List.of()));

		assertThat(this.mvc.get().uri("/api/chapters/c1/access")).hasStatusOk().bodyJson().isLenientlyEqualTo("""
				{
				  "granted": false,
				  "basis": "NONE",
				  "formats": [],
				  "options": [
				    {
				      "kind": "INSTITUTIONAL_LOG_IN",
				      "label": "Institutional log in",
				      "url": "/login?institutional=true&continue=/chapters/c1/roots-and-branches"
				    },
				    { "kind": "PURCHASE", "label": "Buy", "url": "https://shop.example/buy/b1/c1" }
				  ]
				}
				""");
	}

	@Test
	void decidesForTheSignedInReaderAtTheConnectionsAddress() {
		Viewer viewer = new Viewer(42L, WebFixtures.address("203.0.113.9"));
		given(this.catalogue.chapter("c1")).willReturn(CHAPTER);
		given(this.content.access(CHAPTER, viewer))
			.willReturn(new FullTextAccess(WebFixtures.granted(AccessBasis.PERSONAL), List.of()));

		assertThat(this.mvc.get().uri("/api/chapters/c1/access").with(user(WebFixtures.READER)).with((request) -> {
			request.setRemoteAddr("203.0.113.9");
			return request;
		})).hasStatusOk().bodyJson().extractingPath("$.basis").isEqualTo("PERSONAL");
	}

	@Test
	void answersAnUnknownChapterWithAProblem() {
		given(this.catalogue.chapter("nope")).willThrow(new ChapterNotFoundException("nope"));

		assertThat(this.mvc.get().uri("/api/chapters/nope/access")).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("No chapter with id nope");
	}

}
