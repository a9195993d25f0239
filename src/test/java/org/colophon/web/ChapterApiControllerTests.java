package org.colophon.web;

import java.util.List;

import org.colophon.access.AccessBasis;
import org.colophon.catalogue.CatalogueService;
import org.colophon.catalogue.ChapterInfo;
import org.colophon.catalogue.ChapterNotFoundException;
import org.colophon.content.ContentService;
import org.colophon.content.FullTextAccess;
import org.colophon.system.KeysetPage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

/**
 * The chapters as JSON: a keyset-paged list and one chapter, each with what the caller
 * may do to get access.
 */
@WebSliceTest(ChapterApiController.class)
@Import(AccessViews.class)
class ChapterApiControllerTests {

	private static final ChapterInfo ROOTS = WebFixtures.chapter("c1", "Roots and Branches");

	private static final ChapterInfo LEAVES = WebFixtures.chapter("c2", "Leaves");

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private CatalogueService catalogue;

	@MockitoBean
	private ContentService content;

	@Test
	void showsAChapterWithItsBookAccessOptionsAndCitationLinks() {
		given(this.catalogue.chapter("c1")).willReturn(ROOTS);
		given(this.content.access(ROOTS, WebFixtures.anonymous()))
			.willReturn(new FullTextAccess(WebFixtures.denied(), List.of()));

		assertThat(this.mvc.get().uri("/api/chapters/c1")).hasStatusOk()
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.bodyJson()
			.isStrictlyEqualTo(
					"""
							{
							  "id": "c1",
							  "url": "/chapters/c1/roots-and-branches",
							  "label": "3",
							  "title": "Roots and Branches",
							  "part": null,
							  "contributors": [ { "name": "A. Author", "affiliation": "Some University", "role": null, "orcid": null } ],
							  "onlinePublicationDate": "2010-01-01",
							  "summaryHeading": "Summary",
							  "summary": [ "A summary of Roots and Branches." ],
							  "type": "Chapter",
							  "firstPage": "45",
							  "lastPage": null,
							  "doi": null,
							  "publication": {
							    "id": "b1",
							    "url": "/books/b1/the-book",
							    "title": "The Book",
							    "subtitle": "A Subtitle",
							    "publisher": "Test Press",
							    "printPublicationYear": 2009,
							    "doi": null,
							    "printIsbn": null,
							    "onlineIsbn": null
							  },
							  "accessOptions": [
							    { "kind": "LOG_IN", "label": "Log in", "url": "/login?continue=/chapters/c1/roots-and-branches" }
							  ],
							  "citation": {
							    "ris": "/chapters/c1/roots-and-branches/cite.ris",
							    "bibtex": "/chapters/c1/roots-and-branches/cite.bib",
							    "cslJson": "/chapters/c1/roots-and-branches/cite.json"
							  }
							}
							""");
	}

	@Test
	void givesEachContributorsRoleAndOrcidId() {
		ChapterInfo edited = WebFixtures.editedChapter("c3", "Edited");
		given(this.catalogue.chapter("c3")).willReturn(edited);
		given(this.content.access(edited, WebFixtures.anonymous()))
			.willReturn(new FullTextAccess(WebFixtures.denied(), List.of()));

		assertThat(this.mvc.get().uri("/api/chapters/c3")).hasStatusOk().bodyJson().isLenientlyEqualTo("""
				{
				  "contributors": [
				    { "name": "A. Author", "affiliation": "Some University", "role": "author", "orcid": null },
				    { "name": "E. Editor", "affiliation": null, "role": "editor",
				      "orcid": "https://orcid.org/0000-0002-1825-0097" }
				  ]
				}
				""");
	}

	@Test
	void listsAPageOfChaptersWithTheLinkToTheNext() {
		given(this.catalogue.chapters("c0", 2)).willReturn(new KeysetPage<>(List.of(ROOTS, LEAVES), "c2"));
		given(this.content.access(ROOTS, WebFixtures.anonymous()))
			.willReturn(new FullTextAccess(WebFixtures.granted(AccessBasis.FREE), List.of()));
		given(this.content.access(LEAVES, WebFixtures.anonymous()))
			.willReturn(new FullTextAccess(WebFixtures.denied(), List.of()));

		assertThat(this.mvc.get().uri("/api/chapters?after=c0&size=2")).hasStatusOk().bodyJson().isLenientlyEqualTo("""
				{
				  "items": [
				    { "id": "c1", "title": "Roots and Branches", "accessOptions": [] },
				    { "id": "c2", "title": "Leaves", "accessOptions": [ { "kind": "LOG_IN" } ] }
				  ],
				  "next": "/api/chapters?after=c2&size=2"
				}
				""");
	}

	@Test
	void endsTheLastPageWithoutANextLink() {
		given(this.catalogue.chapters(null, 20)).willReturn(new KeysetPage<>(List.of(), null));

		assertThat(this.mvc.get().uri("/api/chapters")).hasStatusOk().bodyJson().isStrictlyEqualTo("""
				{ "items": [], "next": null }
				""");
	}

	@Test
	void answersAnUnknownChapterWithAProblem() {
		given(this.catalogue.chapter("nope")).willThrow(new ChapterNotFoundException("nope"));

		assertThat(this.mvc.get().uri("/api/chapters/nope")).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.isLenientlyEqualTo("""
					{ "status": 404, "title": "Not found", "detail": "No chapter with id nope" }
					""");
	}

}
