package org.colophon.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.colophon.catalogue.BookInfo;
import org.colophon.catalogue.BookNotFoundException;
import org.colophon.catalogue.CatalogueService;
import org.colophon.catalogue.ChapterHeading;
import org.colophon.catalogue.ChapterInfo;
import org.colophon.ingest.IngestReport.Status;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Chapters whose captures do not name their book: loaded under a publication whose
 * details are incomplete, said so in the report and on the pages, found among known books
 * by their contents list, and merged into their book once a capture names it. Each test
 * renames the fictional book's chapters and publisher so that the tests share no book.
 */
@SpringBootTest(properties = { "colophon.seeds.load-on-startup=false",
		"colophon.content.location=target/test-content/unnamed-books" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class UnnamedBookIntegrationTests {

	@Autowired
	private IngestService ingest;

	@Autowired
	private CatalogueService catalogue;

	@Autowired
	private MockMvc mvc;

	@TempDir
	private Path folder;

	private final String tag = UUID.randomUUID().toString().substring(0, 8);

	@Test
	void aChapterWhoseCaptureNamesNoBookLoadsAndSaysSo() throws Exception {
		IngestReport report = load("bookless-chapter.txt", "a.txt");

		assertThat(report.status()).isEqualTo(Status.CREATED);
		assertThat(report.bookNote()).isEqualTo(
				"book details not in the source; kept under a publication known by its publisher, print year and contents list");
		assertThat(report.fieldsAbsent()).containsExactly("part", "notice", "contributors", "first page", "last page",
				"references", "book title", "book subtitle");
		assertThat(report.fieldsFound()).contains("title", "summary", "publisher", "print publication year",
				"book contents");
		BookInfo book = this.catalogue.book(report.publicationId());
		assertThat(book.detailsIncomplete()).isTrue();
		assertThat(book.title()).isNull();
		assertThat(book.publisher()).isEqualTo("Fenwick Academic Press " + this.tag);
		assertThat(book.printPublicationYear()).isEqualTo(2011);

		ChapterInfo chapter = this.catalogue.chapter(report.chapterId());
		Document chapterPage = render("/chapters/" + chapter.id() + "/" + chapter.slug());
		assertThat(chapterPage.select(".information dd a").text()).isEqualTo("Book details not in the source");
		assertThat(chapterPage.select(".information dd").eachText()).contains("Fenwick Academic Press " + this.tag,
				"2011");
		assertThat(chapterPage.title()).doesNotContain("null");
		Document bookPage = render("/books/" + book.id() + "/untitled");
		assertThat(bookPage.select("h1").text()).isEqualTo("Book details not in the source");
		assertThat(bookPage.select(".contents a").text()).isEqualTo("3 Mills and Weirs " + this.tag);
	}

	@Test
	void aBooklessChapterIsMergedIntoItsBookOnceACaptureNamesIt() throws IOException {
		IngestReport bookless = load("bookless-chapter.txt", "a-bookless.txt");
		String placeholder = bookless.publicationId();

		IngestReport named = load("affiliated-contributors.txt", "b-named.txt");

		assertThat(named.bookNote()).isNull();
		assertThat(named.mergedPublicationIds()).containsExactly(placeholder);
		assertThat(this.catalogue.chapter(bookless.chapterId()).book().id()).isEqualTo(named.publicationId());
		assertThat(this.catalogue.bookWithChapters(named.publicationId()).chapters()).extracting(ChapterHeading::title)
			.containsExactly("Sources and Methods " + this.tag, "Mills and Weirs " + this.tag);
		assertThat(this.catalogue.book(named.publicationId()).contents()).contains("4 - A River Remade " + this.tag);
		assertThatExceptionOfType(BookNotFoundException.class)
			.isThrownBy(() -> this.catalogue.bookWithChapters(placeholder));
	}

	@Test
	void aBooklessChapterJoinsAKnownBookWhoseChaptersItsContentsListNames() throws IOException {
		IngestReport named = load("affiliated-contributors.txt", "a-named.txt");

		IngestReport bookless = load("bookless-chapter.txt", "b-bookless.txt");

		assertThat(bookless.publicationId()).isEqualTo(named.publicationId());
		assertThat(bookless.bookNote()).isEqualTo(
				"book details not in the source; filed under the known book whose chapters its contents list names");
		assertThat(this.catalogue.book(named.publicationId()).title()).isEqualTo("Rivers of the Lowlands " + this.tag);
	}

	@Test
	void aTerseCaptureFindsItsBookByItsContentsList() throws IOException {
		IngestReport named = load("affiliated-contributors.txt", "a-named.txt");

		IngestReport terse = load("terse-chapter.txt", "b-terse.txt");

		assertThat(terse.status()).isEqualTo(Status.CREATED);
		assertThat(terse.publicationId()).isEqualTo(named.publicationId());
		assertThat(terse.fieldsAbsent()).contains("type", "publisher", "print publication year", "book title");
		ChapterInfo chapter = this.catalogue.chapter(terse.chapterId());
		assertThat(chapter.title()).isEqualTo("A River Remade " + this.tag);
		assertThat(chapter.details().summary()).hasSize(2);
	}

	@Test
	void aContentsListThatLacksAKnownChapterOfTheBookFindsNoBook() throws IOException {
		IngestReport named = load("affiliated-contributors.txt", "a-named.txt");
		Files.writeString(this.folder.resolve("b-canals.txt"), variant(fixture("affiliated-contributors.txt"))
			.replace("1 - Sources and Methods " + this.tag, "5 - Canals " + this.tag), StandardCharsets.UTF_8);
		IngestReport canals = this.ingest.loadFile(this.folder.resolve("b-canals.txt"), this.tag + "/b-canals.txt");
		assertThat(canals.publicationId()).isEqualTo(named.publicationId());

		IngestReport terse = load("terse-chapter.txt", "c-terse.txt");

		assertThat(terse.publicationId()).isNotEqualTo(named.publicationId());
		assertThat(terse.bookNote()).isEqualTo(
				"book details not in the source; kept under a publication known by its publisher, print year and contents list");
		assertThat(this.catalogue.book(terse.publicationId()).detailsIncomplete()).isTrue();
	}

	@Test
	void twoBooklessChaptersWithTheSameContentsShareOnePublication() throws IOException {
		IngestReport first = load("bookless-chapter.txt", "a.txt");
		Files.writeString(this.folder.resolve("b.txt"),
				variant(fixture("bookless-chapter.txt")).replace("3 - Mills and Weirs " + this.tag + "\n\nPublished",
						"2 - The Flooded Fields " + this.tag + "\n\nPublished"),
				StandardCharsets.UTF_8);

		IngestReport second = this.ingest.loadFile(this.folder.resolve("b.txt"), this.tag + "/b.txt");

		assertThat(second.publicationId()).isEqualTo(first.publicationId());
		assertThat(this.catalogue.bookWithChapters(first.publicationId()).chapters()).hasSize(2);
	}

	private IngestReport load(String fixture, String name) throws IOException {
		Path file = this.folder.resolve(name);
		Files.writeString(file, variant(fixture(fixture)), StandardCharsets.UTF_8);
		return this.ingest.loadFile(file, this.tag + "/" + name);
	}

	/** The fixture with this test's own book, chapters and publisher. */
	private String variant(String text) {
		String result = text;
		for (String name : new String[] { "Sources and Methods", "The Flooded Fields", "Mills and Weirs",
				"A River Remade", "Rivers of the Lowlands", "Fenwick Academic Press", "Canals" }) {
			result = result.replace(name, name + " " + this.tag);
		}
		return result;
	}

	private String fixture(String name) throws IOException {
		try (InputStream in = getClass().getResourceAsStream(name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private Document render(String path) throws Exception {
		return Jsoup.parse(
				this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

}
