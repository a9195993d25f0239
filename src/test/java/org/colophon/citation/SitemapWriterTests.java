package org.colophon.citation;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.colophon.catalogue.BookDetails;
import org.colophon.catalogue.BookInfo;
import org.colophon.catalogue.CatalogueService;
import org.colophon.catalogue.ChapterHeading;
import org.colophon.system.KeysetPage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class SitemapWriterTests {

	private static final Instant CHANGED = Instant.parse("2026-03-04T05:06:07.891Z");

	private final CatalogueService catalogue = mock(CatalogueService.class);

	private final SitemapWriter writer = new SitemapWriter(this.catalogue, 2, 3);

	@Test
	void theIndexListsOneFileper3BooksThenPer3ChaptersLeavingEmptySlicesOut() throws Exception {
		when(this.catalogue.lastBookNumber()).thenReturn(4L);
		when(this.catalogue.lastChapterNumber()).thenReturn(7L);
		when(this.catalogue.hasBooksInSlice(0, 3)).thenReturn(true);
		when(this.catalogue.hasBooksInSlice(3, 6)).thenReturn(true);
		when(this.catalogue.hasChaptersInSlice(0, 3)).thenReturn(true);
		when(this.catalogue.hasChaptersInSlice(3, 6)).thenReturn(false);
		when(this.catalogue.hasChaptersInSlice(6, 9)).thenReturn(true);
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		this.writer.writeIndex("https://colophon.example", out);

		assertThat(out.toString(StandardCharsets.UTF_8))
			.contains("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">")
			.contains("<sitemap><loc>https://colophon.example/sitemaps/1.xml</loc></sitemap>"
					+ "<sitemap><loc>https://colophon.example/sitemaps/2.xml</loc></sitemap>"
					+ "<sitemap><loc>https://colophon.example/sitemaps/3.xml</loc></sitemap>"
					+ "<sitemap><loc>https://colophon.example/sitemaps/5.xml</loc></sitemap></sitemapindex>");
	}

	@Test
	void aFileWalksItsSliceAKeysetPageAtATime() throws Exception {
		when(this.catalogue.lastBookNumber()).thenReturn(1L);
		when(this.catalogue.chapterHeadingsInSlice(3, 6, null, 2))
			.thenReturn(new KeysetPage<>(List.of(new ChapterHeading("c1", "b1", null, "One", null, null, CHANGED),
					new ChapterHeading("c2", "b1", null, "Two", null, null, CHANGED)), "c2"));
		when(this.catalogue.chapterHeadingsInSlice(3, 6, "c2", 2)).thenReturn(new KeysetPage<>(
				List.of(new ChapterHeading("c3", "b1", null, "Three & more", null, null, CHANGED)), null));
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		this.writer.writeFile(3, "https://colophon.example", out);

		assertThat(out.toString(StandardCharsets.UTF_8))
			.contains("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">")
			.contains("<loc>https://colophon.example/chapters/c1/one</loc>")
			.contains("<loc>https://colophon.example/chapters/c2/two</loc>")
			.contains("<loc>https://colophon.example/chapters/c3/three-more</loc>")
			.contains("<lastmod>2026-03-04T05:06:07Z</lastmod>");
		verify(this.catalogue).chapterHeadingsInSlice(eq(3L), eq(6L), eq("c2"), eq(2));
	}

	@Test
	void aBookFileListsTheBooksOfItsSlice() throws Exception {
		BookInfo book = new BookInfo("b1", new BookDetails("A Book", null, "P", 2000), List.of(), CHANGED);
		when(this.catalogue.lastBookNumber()).thenReturn(5L);
		when(this.catalogue.booksInSlice(3, 6, null, 2)).thenReturn(new KeysetPage<>(List.of(book), null));
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		this.writer.writeFile(2, "https://colophon.example", out);

		assertThat(out.toString(StandardCharsets.UTF_8))
			.contains("<loc>https://colophon.example/books/b1/a-book</loc>");
	}

	@Test
	void aFileTheIndexDoesNotListIsNotFound() {
		when(this.catalogue.lastBookNumber()).thenReturn(2L);
		when(this.catalogue.lastChapterNumber()).thenReturn(4L);
		when(this.catalogue.hasBooksInSlice(0, 3)).thenReturn(true);
		when(this.catalogue.hasChaptersInSlice(0, 3)).thenReturn(true);

		this.writer.requireFile(1);
		this.writer.requireFile(2);
		assertThatExceptionOfType(SitemapNotFoundException.class).isThrownBy(() -> this.writer.requireFile(0));
		assertThatExceptionOfType(SitemapNotFoundException.class).as("an empty slice")
			.isThrownBy(() -> this.writer.requireFile(3));
		assertThatExceptionOfType(SitemapNotFoundException.class).isThrownBy(() -> this.writer.requireFile(4));
	}

}
