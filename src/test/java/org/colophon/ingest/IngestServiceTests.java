package org.colophon.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.colophon.catalogue.CatalogueService;
import org.colophon.catalogue.StoreOutcome;
import org.colophon.catalogue.StoreOutcome.Change;
import org.colophon.content.ContentFormat;
import org.colophon.content.ContentService;
import org.colophon.ingest.IngestReport.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.mock;

/**
 * The ingest report is read by operators over HTTP, so the failures it names carry a
 * reason of our own and never the database's, the file system's or a stack's text (which
 * stays in the log).
 */
class IngestServiceTests {

	private static final String SQL_ERROR = "could not execute statement [Value too long for column "
			+ "\"TITLE CHARACTER VARYING(2000)\": \"'xxx' (2500)\"; SQL statement: insert into chapter (title) "
			+ "values (?) [22001-232]] [insert into chapter (title) values (?)]; SQL [insert into chapter]";

	private final CatalogueService catalogue = mock(CatalogueService.class);

	private final ContentService content = mock(ContentService.class);

	private final IngestService ingest = new IngestService(this.catalogue, this.content);

	@TempDir
	private Path folder;

	@Test
	void aChapterTheDatabaseRefusesIsReportedWithoutTheDatabasesText() throws IOException {
		given(this.catalogue.store(anyString(), anyString(), any(), any(), anyList(), any()))
			.willThrow(new DataIntegrityViolationException(SQL_ERROR));

		IngestReport report = this.ingest.loadFile(seed("refused.txt"), "refused.txt");

		assertThat(report.status()).isEqualTo(Status.FAILED);
		assertThat(report.reason()).isEqualTo("could not store the chapter: the database refused its details");
	}

	@Test
	void aDatabaseFailureIsReportedWithoutTheDatabasesText() throws IOException {
		given(this.catalogue.store(anyString(), anyString(), any(), any(), anyList(), any()))
			.willThrow(new QueryTimeoutException(SQL_ERROR));

		IngestReport report = this.ingest.loadFile(seed("timed-out.txt"), "timed-out.txt");

		assertThat(report.status()).isEqualTo(Status.FAILED);
		assertThat(report.reason())
			.isEqualTo("could not store the chapter: the database failed (the log has the details)");
	}

	@Test
	void anUnreadableFileIsReportedWithoutItsPathOnTheServer() {
		Path missing = this.folder.resolve("missing.txt");

		IngestReport report = this.ingest.loadFile(missing, "missing.txt");

		assertThat(report.status()).isEqualTo(Status.FAILED);
		assertThat(report.reason()).isEqualTo("could not read the file");
		assertThat(report.reason()).doesNotContain(this.folder.toString());
	}

	@Test
	void aFullTextThatCannotBeAttachedIsAProblemWithoutTheStoresText() throws IOException {
		given(this.catalogue.store(anyString(), anyString(), any(), any(), anyList(), any()))
			.willReturn(new StoreOutcome("chapter1", "book1", Change.CREATED));
		willThrow(new UncheckedIOException(new IOException("No space left on device: /srv/content/ch/chapter1.pdf")))
			.given(this.content)
			.attach(eq("chapter1"), eq(ContentFormat.PDF), any());
		Path capture = seed("with-text.txt");
		Files.writeString(this.folder.resolve("with-text.pdf"), "%PDF-1.4\n%%EOF\n");

		IngestReport report = this.ingest.loadFile(capture, "with-text.txt");

		assertThat(report.status()).isEqualTo(Status.CREATED);
		assertThat(report.contentFormats()).isEmpty();
		assertThat(report.problems()).extracting(Problem::message)
			.containsExactly("could not attach with-text.pdf: the content store could not keep it");
	}

	private Path seed(String name) throws IOException {
		return Files.copy(Path.of("seeds/000_b83ae1fdbe6336a0.txt"), this.folder.resolve(name));
	}

}
