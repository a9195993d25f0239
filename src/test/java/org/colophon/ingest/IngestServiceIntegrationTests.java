package org.colophon.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.colophon.catalogue.BookNotFoundException;
import org.colophon.catalogue.CatalogueService;
import org.colophon.catalogue.ChapterInfo;
import org.colophon.content.ContentFormat;
import org.colophon.content.ContentService;
import org.colophon.ingest.IngestReport.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

@SpringBootTest(
		properties = { "colophon.seeds.load-on-startup=false", "colophon.content.location=target/test-content/ingest" })
@ActiveProfiles("test")
class IngestServiceIntegrationTests {

	@Autowired
	private IngestService ingest;

	@Autowired
	private CatalogueService catalogue;

	@Autowired
	private ContentService content;

	@TempDir
	private Path folder;

	@Test
	void loadsGoodFilesAndReportsBadOnesWithoutStopping() throws IOException {
		Files.copy(Path.of("seeds/000_b83ae1fdbe6336a0.txt"), this.folder.resolve("a-seed.txt"));
		Files.write(this.folder.resolve("b-binary.txt"), new byte[] { (byte) 0xC3, (byte) 0x28, 0x41 });
		copyFixture("journal-article.txt", "c-article.txt");
		Files.writeString(this.folder.resolve("d-notes.md"), "not a capture");

		List<IngestReport> reports = this.ingest.loadFolder(this.folder);

		assertThat(reports).extracting(IngestReport::file, IngestReport::status)
			.containsExactly(tuple("a-seed.txt", Status.CREATED), tuple("b-binary.txt", Status.FAILED),
					tuple("c-article.txt", Status.SKIPPED));
		assertThat(reports.get(1).reason()).isEqualTo("the file is not valid UTF-8");
		assertThat(reports.get(2).reason()).contains("Research Article");
		assertThat(this.ingest.lastRun()).isEqualTo(reports);
		ChapterInfo chapter = this.catalogue.chapter(reports.get(0).chapterId());
		assertThat(chapter.title()).startsWith("The Great Terror on the Local Level");
	}

	@Test
	void rerunningChangesNothingAndKeepsTheIds() throws IOException {
		Files.copy(Path.of("seeds/000_b83ae1fdbe6336a0.txt"), this.folder.resolve("seed.txt"));
		IngestReport first = this.ingest.loadFolder(this.folder).get(0);
		ChapterInfo before = this.catalogue.chapter(first.chapterId());
		int chaptersBefore = this.catalogue.chapters(null, 100).items().size();

		IngestReport second = this.ingest.loadFolder(this.folder).get(0);

		assertThat(second.status()).isEqualTo(Status.UNCHANGED);
		assertThat(second.chapterId()).isEqualTo(first.chapterId());
		assertThat(second.publicationId()).isEqualTo(first.publicationId());
		assertThat(this.catalogue.chapter(first.chapterId()).updatedAt()).isEqualTo(before.updatedAt());
		assertThat(this.catalogue.chapters(null, 100).items()).hasSize(chaptersBefore);
	}

	@Test
	void aChangedFileRevisesItsRecordsInPlace() throws IOException {
		Path file = this.folder.resolve("revised-seed.txt");
		String original = Files.readString(Path.of("seeds/000_b83ae1fdbe6336a0.txt"));
		Files.writeString(file, original);
		IngestReport first = this.ingest.loadFolder(this.folder).get(0);
		int chaptersBefore = this.catalogue.chapters(null, 100).items().size();

		Files.writeString(file, original.replace("Memoirs and accounts", "Diaries and accounts"));
		IngestReport second = this.ingest.loadFolder(this.folder).get(0);

		assertThat(second.status()).isEqualTo(Status.UPDATED);
		assertThat(second.chapterId()).isEqualTo(first.chapterId());
		ChapterInfo revised = this.catalogue.chapter(first.chapterId());
		assertThat(revised.details().summary().get(0)).startsWith("Diaries and accounts");
		assertThat(this.catalogue.chapters(null, 100).items()).hasSize(chaptersBefore);
	}

	@Test
	void aFileThatCannotBeStoredLeavesNothingBehind() throws IOException {
		String tooLongTitle = "x".repeat(2500);
		Files.writeString(this.folder.resolve("broken.txt"),
				"9 - " + tooLongTitle
						+ "\n\nSummary\n\nText.\n\nType\nChapter\nInformation\nA Book Only This File Names\n"
						+ ", pp. 1 - 2\nPublisher: Lost Press\nPrint publication year: 1999\n",
				StandardCharsets.UTF_8);

		IngestReport report = this.ingest.loadFolder(this.folder).get(0);

		assertThat(report.status()).isEqualTo(Status.FAILED);
		assertThat(report.reason()).isEqualTo("could not store the chapter: the database refused its details");
		assertThat(this.catalogue.booksByTitle(null, 100).items())
			.noneMatch((book) -> "A Book Only This File Names".equals(book.book().title()));
		assertThatExceptionOfType(BookNotFoundException.class)
			.isThrownBy(() -> this.catalogue.bookWithChapters("does-not-exist"));
	}

	@Test
	void attachesFullTextFilesFoundBesideTheCapture() throws IOException {
		Files.copy(Path.of("seeds/000_b83ae1fdbe6336a0.txt"), this.folder.resolve("with-text.txt"));
		Files.writeString(this.folder.resolve("with-text.pdf"), "%PDF-1.4\n%%EOF\n");
		Files.writeString(this.folder.resolve("with-text.html"), "<p>Full text</p>");

		IngestReport report = this.ingest.loadFolder(this.folder).get(0);

		assertThat(report.contentFormats()).containsExactly("PDF", "HTML");
		assertThat(this.content.read(this.catalogue.chapter(report.chapterId()), ContentFormat.HTML)
			.resource()
			.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("<p>Full text</p>");
	}

	private void copyFixture(String fixture, String target) throws IOException {
		try (var in = getClass().getResourceAsStream(fixture)) {
			Files.write(this.folder.resolve(target), in.readAllBytes());
		}
	}

}
