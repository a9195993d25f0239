package org.colophon.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.colophon.catalogue.CatalogueService;
import org.colophon.catalogue.SourceFile;
import org.colophon.catalogue.StoreOutcome;
import org.colophon.content.ContentFormat;
import org.colophon.content.ContentService;
import org.colophon.ingest.IngestReport.Status;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

/**
 * Loads capture files into the catalogue, one file per transaction, and keeps the report
 * of the last run.
 */
@Service
class IngestService {

	private static final Logger logger = LoggerFactory.getLogger(IngestService.class);

	private final CaptureParser parser = new CaptureParser();

	private final CatalogueService catalogue;

	private final ContentService content;

	private volatile List<IngestReport> lastRun = List.of();

	IngestService(CatalogueService catalogue, ContentService content) {
		this.catalogue = catalogue;
		this.content = content;
	}

	/**
	 * Loads every {@code *.txt} file under the folder, in name order. A file that fails
	 * leaves nothing behind and does not stop the others.
	 * @return one report per file, also kept as the last run's report
	 */
	public List<IngestReport> loadFolder(Path folder) {
		List<IngestReport> reports = new ArrayList<>();
		if (!Files.isDirectory(folder)) {
			logger.warn("Seed folder {} does not exist; nothing to load", folder.toAbsolutePath());
			this.lastRun = List.of();
			return reports;
		}
		// Links are followed, the folder's own included: a seeds folder is often a link
		// to
		// where the captures are kept.
		try (Stream<Path> files = Files.walk(folder, FileVisitOption.FOLLOW_LINKS)) {
			files.filter((path) -> path.getFileName().toString().endsWith(".txt") && Files.isRegularFile(path))
				.sorted()
				.forEach((path) -> reports.add(loadFile(path, folder.relativize(path).toString())));
		}
		catch (IOException | UncheckedIOException ex) {
			logger.error("Could not list seed folder {}", folder.toAbsolutePath(), ex);
		}
		this.lastRun = List.copyOf(reports);
		return reports;
	}

	/**
	 * Loads one capture file whose stable key is {@code sourceKey}. A file with the size
	 * and modification time it had when its chapter was stored is taken as unchanged
	 * without being read; any other is read and its hash decides.
	 */
	public IngestReport loadFile(Path file, String sourceKey) {
		IngestReport report;
		try {
			BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
			SourceFile source = new SourceFile(attributes.size(), attributes.lastModifiedTime().toInstant());
			Optional<StoreOutcome> unchanged = this.catalogue.unchangedSource(sourceKey, source);
			if (unchanged.isPresent()) {
				report = attachContent(file, unread(sourceKey, unchanged.get()));
			}
			else {
				report = attachContent(file, load(sourceKey, Files.readAllBytes(file), source));
			}
		}
		catch (IOException ex) {
			// The exception names the file's path on the server, which the report must
			// not.
			logger.error("Seed {}: could not read the file", sourceKey, ex);
			report = failed(sourceKey, "could not read the file");
		}
		log(report);
		return report;
	}

	/**
	 * Attaches {@code NAME.pdf} and {@code NAME.html} found next to {@code NAME.txt} to
	 * the chapter the capture gave. A file that cannot be attached is reported as a
	 * problem; the chapter stays.
	 */
	private IngestReport attachContent(Path capture, IngestReport report) {
		if (report.chapterId() == null) {
			return report;
		}
		String base = capture.getFileName().toString().replaceFirst("\\.txt$", "");
		List<Problem> problems = new ArrayList<>(report.problems());
		List<String> attached = new ArrayList<>();
		for (ContentFormat format : ContentFormat.values()) {
			Path sibling = capture.resolveSibling(base + "." + format.extension());
			if (Files.isRegularFile(sibling)) {
				try {
					this.content.attach(report.chapterId(), format, sibling);
					attached.add(format.name());
				}
				catch (RuntimeException ex) {
					logger.error("Seed {}: could not attach {}", report.file(), sibling.getFileName(), ex);
					problems.add(new Problem(0,
							"could not attach " + sibling.getFileName() + ": the content store could not keep it"));
				}
			}
		}
		return report.withContent(attached, problems);
	}

	private static IngestReport unread(String sourceKey, StoreOutcome outcome) {
		return new IngestReport(sourceKey, Status.UNCHANGED, null, outcome.chapterId(), outcome.bookId(), List.of(),
				List.of(), null, List.of(), List.of(), List.of(), false);
	}

	IngestReport load(String sourceKey, byte[] bytes) {
		return load(sourceKey, bytes, null);
	}

	private IngestReport load(String sourceKey, byte[] bytes, SourceFile source) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return failed(sourceKey, "the file is not valid UTF-8");
		}
		ParseResult result = this.parser.parse(text);
		if (!result.isChapter()) {
			return IngestReport.notLoaded(sourceKey, Status.SKIPPED, result.skipReason(), result.problems());
		}
		ParsedCapture capture = result.capture();
		try {
			StoreOutcome outcome = this.catalogue.store(sourceKey, sha256(bytes), source, capture.book(),
					capture.bookContents(), capture.chapter());
			return new IngestReport(sourceKey, Status.valueOf(outcome.change().name()), null, outcome.chapterId(),
					outcome.bookId(), capture.fieldsFound(), capture.fieldsAbsent(), bookNote(capture, outcome),
					outcome.mergedBookIds(), List.of(), result.problems(), true);
		}
		catch (DataAccessException | IllegalArgumentException ex) {
			// The database's text names tables, columns and statements: it goes to the
			// log,
			// the report gets a reason of our own.
			logger.error("Seed {}: could not store the chapter", sourceKey, ex);
			return IngestReport.notLoaded(sourceKey, Status.FAILED, "could not store the chapter: " + storeFailure(ex),
					result.problems());
		}
	}

	/**
	 * The reports of the last folder load, in file order.
	 */
	public List<IngestReport> lastRun() {
		return this.lastRun;
	}

	/**
	 * What the report says about the book of a capture that did not name it, and how it
	 * was found; {@code null} when the capture named it.
	 */
	private static String bookNote(ParsedCapture capture, StoreOutcome outcome) {
		if (capture.namesBook()) {
			return null;
		}
		String how = switch (outcome.bookMatch()) {
			case BY_IDENTIFIER -> "filed under the known book with the same DOI or ISBN";
			case BY_CONTENTS -> "filed under the known book whose chapters its contents list names";
			case KEPT -> "kept in the book it was merged into";
			default ->
				capture.bookContents().isEmpty() ? "kept under a publication known by its publisher and print year only"
						: "kept under a publication known by its publisher, print year and contents list";
		};
		return IngestReport.BOOK_DETAILS_NOT_IN_SOURCE + "; " + how;
	}

	private static String storeFailure(RuntimeException ex) {
		if (ex instanceof DataIntegrityViolationException) {
			return "the database refused its details";
		}
		if (ex instanceof IllegalArgumentException) {
			return "its details are incomplete";
		}
		return "the database failed (the log has the details)";
	}

	private static IngestReport failed(String sourceKey, String reason) {
		return IngestReport.notLoaded(sourceKey, Status.FAILED, reason, List.of());
	}

	private static void log(IngestReport report) {
		switch (report.status()) {
			case CREATED, UPDATED, UNCHANGED ->
				logger.info("Seed {}: {} chapter {} in publication {}{}, full text {}, absent {} ({} problem(s))",
						report.file(), report.status(), report.chapterId(), report.publicationId(),
						(report.bookNote() != null) ? " (" + report.bookNote() + ")" : "", report.contentFormats(),
						report.fieldsAbsent(), report.problems().size());
			case SKIPPED -> logger.warn("Seed {}: skipped, {}", report.file(), report.reason());
			case FAILED -> logger.error("Seed {}: failed, {}", report.file(), report.reason());
		}
		report.problems()
			.forEach(
					(problem) -> logger.debug("Seed {} line {}: {}", report.file(), problem.line(), problem.message()));
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required by every Java platform", ex);
		}
	}

}
