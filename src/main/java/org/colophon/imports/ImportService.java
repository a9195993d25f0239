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
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.colophon.access.AdminService;
import org.colophon.catalogue.BookDetails;
import org.colophon.catalogue.BookInfo;
import org.colophon.catalogue.BookStoreOutcome;
import org.colophon.catalogue.CatalogueService;
import org.colophon.catalogue.ChapterSource;
import org.colophon.catalogue.StoreOutcome;
import org.colophon.imports.ImportReport.Status;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports catalogue files (Crossref deposits and ONIX 3.0 messages): recognises the
 * format from the content, checks the whole file first (well-formed, valid against the
 * official schema, every record storable) so that an invalid file stores nothing, then
 * stores it a few books per transaction (a failing book alone is left out, whole),
 * reading it as a stream both times. Importing the same file again changes nothing.
 */
@Service
public class ImportService {

	private static final Logger logger = LoggerFactory.getLogger(ImportService.class);

	private static final String CROSSREF = "Crossref";

	private static final String ONIX = "ONIX 3.0";

	private static final String ONIX_SHORT_TAGS = "ONIX 3.0 short tags";

	/**
	 * Books stored in one transaction at most, and records (books and chapters): enough
	 * to spread the cost of a commit, few enough that a failed transaction is cheap to
	 * redo book by book and the session stays small.
	 */
	private static final int BOOKS_PER_TRANSACTION = 20;

	private static final int RECORDS_PER_TRANSACTION = 200;

	private static final String NOT_IMPORTED = "not a format this site imports (a Crossref deposit or an ONIX 3.0 message)";

	private final CatalogueService catalogue;

	private final AdminService access;

	private final TransactionTemplate transactions;

	private final CrossrefReader crossref = new CrossrefReader();

	private final OnixReader onix = new OnixReader();

	private final ImportMetrics metrics;

	ImportService(CatalogueService catalogue, AdminService access, PlatformTransactionManager transactions,
			ImportMetrics metrics) {
		this.catalogue = catalogue;
		this.access = access;
		this.transactions = new TransactionTemplate(transactions);
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
				return ImportReport.refused(name, null, NOT_IMPORTED, List.of());
			}
			if (format.equals(ONIX_SHORT_TAGS)) {
				return ImportReport.refused(name, format,
						"ONIX short tags are not read (send the message with reference tags)", List.of());
			}
			List<ImportProblem> problems = check(file, format);
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
						return format(reader.getLocalName(), reader.getNamespaceURI());
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

	private static String format(String root, String namespace) {
		if (namespace == null) {
			return null;
		}
		if ("doi_batch".equals(root) && namespace.startsWith(CrossrefReader.NAMESPACE_PREFIX)) {
			return CROSSREF;
		}
		if ("ONIXMessage".equals(root) && OnixSchema.NAMESPACE.equals(namespace)) {
			return ONIX;
		}
		if ("ONIXmessage".equals(root) && OnixSchema.SHORT_TAGS_NAMESPACE.equals(namespace)) {
			return ONIX_SHORT_TAGS;
		}
		return null;
	}

	private List<ImportProblem> check(Path file, String format) throws IOException {
		boolean onix = format.equals(ONIX);
		if (onix || CrossrefSchema.NAMESPACE.equals(namespace(file))) {
			try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
				List<ImportProblem> problems = onix ? OnixSchema.validate(in) : CrossrefSchema.validate(in);
				if (!problems.isEmpty()) {
					return problems;
				}
			}
		}
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
			read(format, in, (book) -> {
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
		Tally tally = new Tally(name);
		List<ImportedBook> pending = new ArrayList<>();
		long size = Files.size(file);
		try (CountingInputStream counted = new CountingInputStream(Files.newInputStream(file));
				InputStream in = new BufferedInputStream(counted)) {
			try {
				read(format, in, (book) -> {
					pending.add(book);
					if (pending.size() >= BOOKS_PER_TRANSACTION || records(pending) >= RECORDS_PER_TRANSACTION) {
						storeTogether(pending, format, tally);
						pending.clear();
						progress.update(name, counted.count(), size, tally.records);
					}
				});
			}
			finally {
				// the books read whole before the end or before a change to the file
				storeTogether(pending, format, tally);
				progress.update(name, counted.count(), size, tally.records);
			}
		}
		catch (InvalidFileException ex) {
			// checked before storing; a file changed meanwhile stops here, each book
			// stored so far complete
			tally.problems.addAll(ex.problems());
			return new ImportReport(name, format, Status.FAILED, "the file changed while it was imported",
					tally.created, tally.updated, tally.unchanged, tally.failed, tally.problems);
		}
		ImportReport report = new ImportReport(name, format, Status.IMPORTED, null, tally.created, tally.updated,
				tally.unchanged, tally.failed, tally.problems);
		logger.info("Import {}", report.summary());
		return report;
	}

	private static int records(List<ImportedBook> books) {
		return books.stream().mapToInt((book) -> 1 + book.chapters().size()).sum();
	}

	/**
	 * Stores books in one transaction, which saves a commit (and its write to disk) per
	 * book; when one of them fails, the transaction stores nothing and each book is
	 * stored again in a transaction of its own, so that only the failing one is lost and
	 * never half of it.
	 */
	private void storeTogether(List<ImportedBook> books, String format, Tally tally) {
		if (books.isEmpty()) {
			return;
		}
		if (books.size() > 1) {
			try {
				List<Stored> stored = this.transactions
					.execute((status) -> books.stream().map((book) -> storeOne(book, format)).toList());
				stored.forEach(tally::count);
				tally.records += records(books);
				return;
			}
			catch (DataAccessException | TransactionException | IllegalArgumentException ex) {
				logger.debug("Import {}: {} books stored one by one after a failure", tally.name, books.size(), ex);
			}
		}
		for (ImportedBook book : books) {
			try {
				tally.count(this.transactions.execute((status) -> storeOne(book, format)));
			}
			catch (DataAccessException | IllegalArgumentException ex) {
				logger.error("Import {}: the book at line {} could not be stored", tally.name, book.line(), ex);
				tally.failed += 1 + book.chapters().size();
				tally.problems.add(new ImportProblem(book.line(),
						"the book and its chapters were not stored: " + ((ex instanceof DataIntegrityViolationException)
								? "the database refused them (a DOI may already belong to another record)"
								: "the database failed (the log has the details)")));
			}
			tally.records += 1 + book.chapters().size();
		}
	}

	private Stored storeOne(ImportedBook book, String format) {
		return format.equals(ONIX) ? storeTradeRecord(book)
				: new Stored(this.catalogue.storeBook(book.book(), book.chapters()), false, 0);
	}

	/** What the import of one file has done so far. */
	private static final class Tally {

		private final String name;

		private final List<ImportProblem> problems = new ArrayList<>();

		private int created;

		private int updated;

		private int unchanged;

		private int failed;

		private long records;

		Tally(String name) {
			this.name = name;
		}

		void count(Stored stored) {
			countChange(stored.bookChange());
			stored.outcome().chapters().stream().map(StoreOutcome::change).forEach(this::countChange);
			this.unchanged += stored.chaptersLeft();
		}

		private void countChange(StoreOutcome.Change change) {
			switch (change) {
				case CREATED -> this.created++;
				case UPDATED -> this.updated++;
				case UNCHANGED -> this.unchanged++;
			}
		}

	}

	private void read(String format, InputStream in, Consumer<ImportedBook> books) throws InvalidFileException {
		if (format.equals(ONIX)) {
			this.onix.read(in, books);
		}
		else {
			this.crossref.read(in, books);
		}
	}

	/**
	 * Stores a book from a trade record (ONIX) with its price, in one transaction. A
	 * product describes one edition of a book, so the book it merges into keeps what the
	 * record lacks (its subtitle, publisher, year, identifiers); and since a trade record
	 * describes chapters thinly, its content items become chapters only of a book that
	 * has none yet (they are counted unchanged otherwise).
	 */
	private Stored storeTradeRecord(ImportedBook book) {
		return this.transactions.execute((status) -> {
			BookDetails details = book.book();
			List<ChapterSource> chapters = book.chapters();
			int left = 0;
			Optional<BookInfo> known = known(details);
			if (known.isPresent()) {
				details = filledFrom(details, known.get().details());
				if (!chapters.isEmpty() && !this.catalogue.bookWithChapters(known.get().id()).chapters().isEmpty()) {
					left = chapters.size();
					chapters = List.of();
				}
			}
			BookStoreOutcome outcome = this.catalogue.storeBook(details, book.profile(), chapters);
			ImportedPrice price = book.price();
			boolean priced = price != null
					&& this.access.offerAtPrice(outcome.bookId(), price.amount(), price.currency(), price.replaces());
			return new Stored(outcome, priced, left);
		});
	}

	private Optional<BookInfo> known(BookDetails details) {
		Optional<BookInfo> book = (details.doi() != null) ? this.catalogue.bookByDoi(details.doi()) : Optional.empty();
		for (String isbn : new String[] { details.printIsbn(), details.onlineIsbn() }) {
			if (book.isEmpty() && isbn != null) {
				book = this.catalogue.bookByIsbn(isbn);
			}
		}
		return book;
	}

	private static BookDetails filledFrom(BookDetails details, BookDetails known) {
		return new BookDetails(details.title(), (details.subtitle() != null) ? details.subtitle() : known.subtitle(),
				(details.publisher() != null) ? details.publisher() : known.publisher(),
				(details.printPublicationYear() != null) ? details.printPublicationYear()
						: known.printPublicationYear(),
				(details.doi() != null) ? details.doi() : known.doi(),
				(details.printIsbn() != null) ? details.printIsbn() : known.printIsbn(),
				(details.onlineIsbn() != null) ? details.onlineIsbn() : known.onlineIsbn());
	}

	/**
	 * What storing one record did: the catalogue's outcome, whether the price changed,
	 * and how many of its chapters were left as the catalogue had them.
	 */
	private record Stored(BookStoreOutcome outcome, boolean priced, int chaptersLeft) {

		StoreOutcome.Change bookChange() {
			return (this.priced && this.outcome.book() == StoreOutcome.Change.UNCHANGED) ? StoreOutcome.Change.UPDATED
					: this.outcome.book();
		}

	}

}
