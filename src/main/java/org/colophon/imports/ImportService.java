package org.colophon.imports;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.colophon.catalogue.BookStoreOutcome;
import org.colophon.catalogue.CatalogueService;
import org.colophon.catalogue.StoreOutcome;
import org.colophon.imports.ImportReport.Status;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

/**
 * Imports catalogue files: recognises the format from the content, checks the whole file
 * first (well-formed, valid against the official schema, every record storable) so that
 * an invalid file stores nothing, then stores it one book per transaction, reading it as
 * a stream both times. Importing the same file again changes nothing.
 */
@Service
public class ImportService {

	private static final Logger logger = LoggerFactory.getLogger(ImportService.class);

	private static final String CROSSREF = "Crossref";

	private final CatalogueService catalogue;

	private final CrossrefReader crossref = new CrossrefReader();

	private final ImportMetrics metrics;

	ImportService(CatalogueService catalogue, ImportMetrics metrics) {
		this.catalogue = catalogue;
		this.metrics = metrics;
	}

	/**
	 * Imports the files and the files in the folders named (in name order, following
	 * symbolic links), one report per file.
	 */
	public List<ImportReport> importPaths(List<Path> paths, ImportProgress progress) {
		List<ImportReport> reports = new ArrayList<>();
		for (Path path : paths) {
			if (Files.isDirectory(path)) {
				try (Stream<Path> files = Files.walk(path, FileVisitOption.FOLLOW_LINKS)) {
					files.filter(Files::isRegularFile)
						.sorted()
						.forEach((file) -> reports.add(importFile(file, path.relativize(file).toString(), progress)));
				}
				catch (IOException | UncheckedIOException ex) {
					logger.error("Could not list {}", path, ex);
					ImportReport refused = ImportReport.refused(path.toString(), null, "the folder could not be read",
							List.of());
					this.metrics.record(refused);
					reports.add(refused);
				}
			}
			else {
				reports.add(importFile(path, path.toString(), progress));
			}
		}
		return reports;
	}

	/**
	 * Imports one file, reported under {@code name}, and counts the outcome in the
	 * metrics.
	 */
	public ImportReport importFile(Path file, String name, ImportProgress progress) {
		ImportReport report = read(file, name, progress);
		this.metrics.record(report);
		return report;
	}

	private ImportReport read(Path file, String name, ImportProgress progress) {
		if (!Files.isRegularFile(file)) {
			return ImportReport.refused(name, null, "no such file", List.of());
		}
		try {
			String format = detect(file);
			if (format == null) {
				return ImportReport.refused(name, null, "not a format this site imports (a Crossref deposit)",
						List.of());
			}
			List<ImportProblem> problems = check(file);
			if (!problems.isEmpty()) {
				return ImportReport.refused(name, format,
						"the file is invalid and nothing was stored (" + problems.size() + " problem(s))", problems);
			}
			return store(file, name, format, progress);
		}
		catch (IOException ex) {
			logger.error("Import {}: could not read the file", name, ex);
			return ImportReport.refused(name, null, "the file could not be read", List.of());
		}
	}

	/** The format of a file from its first element, {@code null} when not one we read. */
	private static String detect(Path file) throws IOException {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
			XMLStreamReader reader = factory.createXMLStreamReader(in);
			try {
				while (reader.hasNext()) {
					if (reader.next() == XMLStreamConstants.START_ELEMENT) {
						String namespace = reader.getNamespaceURI();
						boolean crossref = "doi_batch".equals(reader.getLocalName()) && namespace != null
								&& namespace.startsWith(CrossrefReader.NAMESPACE_PREFIX);
						return crossref ? CROSSREF : null;
					}
				}
				return null;
			}
			finally {
				reader.close();
			}
		}
		catch (XMLStreamException ex) {
			return null;
		}
	}

	private List<ImportProblem> check(Path file) throws IOException {
		if (CrossrefSchema.NAMESPACE.equals(namespace(file))) {
			try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
				List<ImportProblem> problems = CrossrefSchema.validate(in);
				if (!problems.isEmpty()) {
					return problems;
				}
			}
		}
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
			this.crossref.read(in, (book) -> {
			});
			return List.of();
		}
		catch (InvalidFileException ex) {
			return ex.problems();
		}
	}

	private static String namespace(Path file) throws IOException {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
			XMLStreamReader reader = factory.createXMLStreamReader(in);
			reader.nextTag();
			String namespace = reader.getNamespaceURI();
			reader.close();
			return namespace;
		}
		catch (XMLStreamException ex) {
			return null;
		}
	}

	private ImportReport store(Path file, String name, String format, ImportProgress progress) throws IOException {
		AtomicInteger created = new AtomicInteger();
		AtomicInteger updated = new AtomicInteger();
		AtomicInteger unchanged = new AtomicInteger();
		AtomicInteger failed = new AtomicInteger();
		AtomicLong records = new AtomicLong();
		List<ImportProblem> problems = new ArrayList<>();
		long size = Files.size(file);
		try (CountingInputStream counted = new CountingInputStream(Files.newInputStream(file));
				InputStream in = new BufferedInputStream(counted)) {
			this.crossref.read(in, (book) -> {
				try {
					BookStoreOutcome outcome = this.catalogue.storeBook(book.book(), book.chapters());
					count(outcome.book(), created, updated, unchanged);
					outcome.chapters()
						.stream()
						.map(StoreOutcome::change)
						.forEach((change) -> count(change, created, updated, unchanged));
				}
				catch (DataAccessException | IllegalArgumentException ex) {
					logger.error("Import {}: the book at line {} could not be stored", name, book.line(), ex);
					failed.addAndGet(1 + book.chapters().size());
					problems.add(new ImportProblem(book.line(),
							"the book and its chapters were not stored: "
									+ ((ex instanceof DataIntegrityViolationException)
											? "the database refused them (a DOI may already belong to another record)"
											: "the database failed (the log has the details)")));
				}
				progress.update(name, counted.count(), size, records.addAndGet(1 + book.chapters().size()));
			});
		}
		catch (InvalidFileException ex) {
			// checked before storing; a file changed meanwhile stops here, each book
			// stored so far complete
			problems.addAll(ex.problems());
			return new ImportReport(name, format, Status.FAILED, "the file changed while it was imported",
					created.get(), updated.get(), unchanged.get(), failed.get(), problems);
		}
		ImportReport report = new ImportReport(name, format, Status.IMPORTED, null, created.get(), updated.get(),
				unchanged.get(), failed.get(), problems);
		logger.info("Import {}", report.summary());
		return report;
	}

	private static void count(StoreOutcome.Change change, AtomicInteger created, AtomicInteger updated,
			AtomicInteger unchanged) {
		switch (change) {
			case CREATED -> created.incrementAndGet();
			case UPDATED -> updated.incrementAndGet();
			case UNCHANGED -> unchanged.incrementAndGet();
		}
	}

}
