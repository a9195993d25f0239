package org.colophon.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.colophon.catalogue.CatalogueService;
import org.colophon.content.ContentFormat;
import org.colophon.content.ContentNotFoundException;
import org.colophon.content.ContentService;
import org.colophon.ingest.IngestReport.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A content store that refuses every write, as a full or read-only disk does: the chapter
 * is still loaded, the report names the file that could not be stored, and the chapter
 * simply has no full text.
 */
@SpringBootTest(properties = { "colophon.seeds.load-on-startup=false",
		"colophon.content.location=target/test-content/refusing/not-a-folder/store" })
@ActiveProfiles("test")
class ContentStoreFaultIntegrationTests {

	/**
	 * The store's parent is a regular file, so no directory can be made under it: a
	 * refusal that holds even for root, where permissions would not.
	 */
	private static final Path BLOCKER = Path.of("target/test-content/refusing/not-a-folder");

	@Autowired
	private IngestService ingest;

	@Autowired
	private CatalogueService catalogue;

	@Autowired
	private ContentService content;

	@TempDir
	private Path folder;

	@Test
	void aStoreThatRefusesWritesLeavesTheChapterAndReportsTheFile() throws IOException {
		Files.createDirectories(BLOCKER.getParent());
		Files.deleteIfExists(BLOCKER);
		Files.writeString(BLOCKER, "a file where the store's folder should be");
		Files.copy(Path.of("seeds/000_b83ae1fdbe6336a0.txt"), this.folder.resolve("refused.txt"));
		Files.writeString(this.folder.resolve("refused.pdf"), "%PDF-1.4\n%%EOF\n");

		IngestReport report = this.ingest.loadFolder(this.folder).get(0);

		assertThat(report.status()).isIn(Status.CREATED, Status.UPDATED, Status.UNCHANGED);
		assertThat(report.contentFormats()).isEmpty();
		assertThat(report.problems()).extracting(Problem::message)
			.singleElement()
			.isEqualTo("could not attach refused.pdf: the content store could not keep it");
		assertThatExceptionOfType(ContentNotFoundException.class)
			.isThrownBy(() -> this.content.read(this.catalogue.chapter(report.chapterId()), ContentFormat.PDF));
	}

}
