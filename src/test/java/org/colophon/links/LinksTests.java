package org.colophon.links;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import org.colophon.catalogue.BookDetails;
import org.colophon.catalogue.BookInfo;
import org.colophon.catalogue.CatalogueFixtures;
import org.colophon.catalogue.ChapterHeading;
import org.colophon.catalogue.ChapterInfo;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The links are the request mappings' own templates, expanded.
 */
class LinksTests {

	private static final BookInfo BOOK = new BookInfo("b1", new BookDetails("Stalinist Terror", null, "Press", 1993),
			List.of(), Instant.EPOCH);

	private static final ChapterInfo CHAPTER = new ChapterInfo("c1",
			CatalogueFixtures.chapter("7", "The Great Terror", "163"), BOOK, Instant.EPOCH);

	@Test
	void chapterPathIsTheSameFromEveryShapeOfChapter() {
		assertThat(Links.chapter(CHAPTER)).isEqualTo("/chapters/c1/the-great-terror");
		assertThat(Links.chapter(new ChapterHeading("c1", "b1", "7", "The Great Terror", "163", null, Instant.EPOCH)))
			.isEqualTo("/chapters/c1/the-great-terror");
		assertThat(Links.book(BOOK)).isEqualTo("/books/b1/stalinist-terror");
	}

	@Test
	void pathsUnderAChapterExpandTheirTemplates() {
		assertThat(Links.fullText(CHAPTER, "pdf")).isEqualTo("/chapters/c1/the-great-terror/pdf");
		assertThat(Links.citeDownload(CHAPTER, "ris")).isEqualTo("/chapters/c1/the-great-terror/cite.ris");
		assertThat(Links.citePage(CHAPTER)).isEqualTo("/chapters/c1/the-great-terror/cite");
		assertThat(Links.save(CHAPTER, "kindle")).isEqualTo("/chapters/c1/the-great-terror/save/kindle");
		assertThat(Links.linkset(CHAPTER)).isEqualTo("/chapters/c1/linkset");
		assertThat(Links.chapter(CHAPTER, 42L)).isEqualTo("/chapters/c1/the-great-terror?delivery=42");
	}

	@Test
	void queryValuesThatNeedItAreEncoded() {
		assertThat(Links.citePage(CHAPTER, "a b")).isEqualTo("/chapters/c1/the-great-terror/cite?style=a%20b");
		assertThat(Links.login("/chapters/c1/x", true)).isEqualTo("/login?institutional=true&continue=/chapters/c1/x");
	}

	@Test
	void counterReportLinksNameTheInstitutionReportAndMonths() {
		assertThat(Links.counterReport(7, "tr_b1", "tsv", YearMonth.of(2026, 1), YearMonth.of(2026, 6)))
			.isEqualTo("/counter/institutions/7/tr_b1.tsv?begin_date=2026-01&end_date=2026-06");
	}

	@Test
	void apiLinksCarryTheCursorAndSize() {
		assertThat(Links.apiChapters("abc", 5)).isEqualTo("/api/chapters?after=abc&size=5");
		assertThat(Links.apiBooks("abc", 5)).isEqualTo("/api/publications?after=abc&size=5");
		assertThat(Links.apiDelivery(7L)).isEqualTo("/api/deliveries/7");
		assertThat(Links.authorisation("dropbox")).isEqualTo("/oauth2/authorization/dropbox");
	}

	@Test
	void browsePathsCarryTheirCursorAndEscapeThePublisher() {
		assertThat(Links.browseTitles(null)).isEqualTo("/browse/titles");
		assertThat(Links.browseTitles("b1")).isEqualTo("/browse/titles?after=b1");
		assertThat(Links.browseYear(1993, null)).isEqualTo("/browse/years/1993");
		assertThat(Links.browseYear(1993, "b1")).isEqualTo("/browse/years/1993?after=b1");
		assertThat(Links.browsePublishers("Faber & Faber")).isEqualTo("/browse/publishers?after=Faber%20%26%20Faber");
		assertThat(Links.browsePublisher("Éditions & Co / Verlag", null))
			.isEqualTo("/browse/publishers/%C3%89ditions_~26_Co_~2F_Verlag");
		assertThat(Links.browsePublisher("Press", "b1")).isEqualTo("/browse/publishers/Press?after=b1");
	}

}
