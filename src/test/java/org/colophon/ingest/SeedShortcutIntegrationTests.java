package org.colophon.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.colophon.catalogue.CatalogueService;
import org.colophon.ingest.IngestReport.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A start-up load that knows an unchanged capture by its size and modification time,
 * without reading it, and that follows symbolic links to the seeds.
 */
@SpringBootTest(
		properties = { "colophon.seeds.load-on-startup=false", "colophon.content.location=target/test-content/ingest" })
@ActiveProfiles("test")
class SeedShortcutIntegrationTests {

	private static final Path SEED = Path.of("seeds/000_b83ae1fdbe6336a0.txt");

	@Autowired
	private IngestService ingest;

	@Autowired
	private CatalogueService catalogue;

	@Autowired
	private MeterRegistry meters;

	@TempDir
	private Path folder;

	@Test
	void anUnchangedFileIsNotReadAgain() throws IOException {
		Path file = Files.copy(SEED, this.folder.resolve("shortcut-unread.txt"));
		IngestReport first = this.ingest.loadFolder(this.folder).get(0);
		// The same size and time with other bytes: had the file been read, its hash would
		// differ and the chapter would be revised.
		FileTime time = Files.getLastModifiedTime(file);
		Files.writeString(file, Files.readString(file).replace("Great Terror", "Grand Terror"));
		Files.setLastModifiedTime(file, time);

		IngestReport second = this.ingest.loadFolder(this.folder).get(0);

		assertThat(first.read()).isTrue();
		assertThat(second.status()).isEqualTo(Status.UNCHANGED);
		assertThat(second.read()).isFalse();
		assertThat(second.chapterId()).isEqualTo(first.chapterId());
		assertThat(second.publicationId()).isEqualTo(first.publicationId());
		assertThat(this.catalogue.chapter(first.chapterId()).title()).contains("Great Terror");
		assertThat(this.meters.get("colophon.ingest.files.unread").gauge().value()).isEqualTo(1.0);
	}

	@Test
	void aFileOfTheSameSizeWithANewTimeIsReadAndHashedAgain() throws IOException {
		Path file = Files.copy(SEED, this.folder.resolve("shortcut-changed.txt"));
		IngestReport first = this.ingest.loadFolder(this.folder).get(0);
		long size = Files.size(file);
		FileTime time = Files.getLastModifiedTime(file);
		Files.writeString(file, Files.readString(file).replace("Great Terror", "Grand Terror"));
		Files.setLastModifiedTime(file, FileTime.fromMillis(time.toMillis() + 60_000));

		IngestReport second = this.ingest.loadFolder(this.folder).get(0);

		assertThat(Files.size(file)).isEqualTo(size);
		assertThat(second.read()).isTrue();
		assertThat(second.status()).isEqualTo(Status.UPDATED);
		assertThat(this.catalogue.chapter(first.chapterId()).title()).contains("Grand Terror");
		assertThat(this.meters.get("colophon.ingest.files.unread").gauge().value()).isZero();
	}

	@Test
	void aTouchedFileIsReadOnceThenKnownByItsNewTime() throws IOException {
		Path file = Files.copy(SEED, this.folder.resolve("shortcut-touched.txt"));
		this.ingest.loadFolder(this.folder);
		Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 60_000));

		IngestReport touched = this.ingest.loadFolder(this.folder).get(0);
		IngestReport again = this.ingest.loadFolder(this.folder).get(0);

		assertThat(touched.status()).isEqualTo(Status.UNCHANGED);
		assertThat(touched.read()).as("its time changed, so its hash decides").isTrue();
		assertThat(again.read()).as("the new time was kept").isFalse();
	}

	@Test
	void aSymlinkedSeedsFolderAndSymlinkedFilesAreFollowed(@TempDir Path elsewhere) throws IOException {
		Path kept = Files.createDirectories(elsewhere.resolve("captures"));
		Files.copy(SEED, kept.resolve("linked-folder-seed.txt"));
		Path other = Files.copy(Path.of("src/test/resources/org/colophon/ingest/rich-capture.txt"),
				elsewhere.resolve("kept-apart.txt"));
		Files.createSymbolicLink(kept.resolve("linked-file-seed.txt"), other);
		Path seeds = Files.createSymbolicLink(this.folder.resolve("seeds"), kept);

		List<IngestReport> reports = this.ingest.loadFolder(seeds);

		assertThat(reports).extracting(IngestReport::file, IngestReport::read)
			.containsExactly(tuple("linked-file-seed.txt", true), tuple("linked-folder-seed.txt", true));
		assertThat(reports).allSatisfy((report) -> assertThat(report.chapterId()).isNotNull());
	}

}
