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
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class SitemapWriterTests {

	private static final Instant CHANGED = Instant.parse("2026-03-04T05:06:07.891Z");

	private final CatalogueService catalogue = mock(CatalogueService.class);

	@Test
	void walksTheCatalogueAKeysetPageAtATime() throws Exception {
		BookInfo book = new BookInfo("b1", new BookDetails("A Book", null, "P", 2000), List.of(), CHANGED);
		when(this.catalogue.books(null, 2)).thenReturn(new KeysetPage<>(List.of(book), null));
		when(this.catalogue.chapterHeadings(null, 2))
			.thenReturn(new KeysetPage<>(List.of(new ChapterHeading("c1", "b1", null, "One", null, null, CHANGED),
					new ChapterHeading("c2", "b1", null, "Two", null, null, CHANGED)), "c2"));
		when(this.catalogue.chapterHeadings("c2", 2)).thenReturn(new KeysetPage<>(
				List.of(new ChapterHeading("c3", "b1", null, "Three & more", null, null, CHANGED)), null));
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		new SitemapWriter(this.catalogue, 2).write("https://colophon.example", out);

		String xml = out.toString(StandardCharsets.UTF_8);
		assertThat(xml).contains("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">")
			.contains("<loc>https://colophon.example/books/b1/a-book</loc>")
			.contains("<loc>https://colophon.example/chapters/c1/one</loc>")
			.contains("<loc>https://colophon.example/chapters/c2/two</loc>")
			.contains("<loc>https://colophon.example/chapters/c3/three-more</loc>")
			.contains("<lastmod>2026-03-04T05:06:07Z</lastmod>");
		verify(this.catalogue).chapterHeadings(eq("c2"), eq(2));
	}

}
