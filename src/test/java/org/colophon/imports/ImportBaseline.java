package org.colophon.imports;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.colophon.catalogue.BookDetails;
import org.colophon.catalogue.ChapterDetails;
import org.colophon.catalogue.ChapterSource;
import org.colophon.catalogue.Contributor;
import org.flywaydb.core.Flyway;

/**
 * The limit the import command is measured against: the same Crossref files, read by the
 * same reader, written as the same rows (publication, chapter, chapter_contributor,
 * chapter_summary_paragraph) with plain JDBC batch inserts, one transaction per file, no
 * ORM, no look-ups, no search index. Run by {@code bench/import.sh} on a fresh database
 * beside the import command: {@code ImportBaseline JDBC_URL USER PASSWORD FOLDER}. The
 * schema is made by the application's own Flyway migrations first.
 */
public final class ImportBaseline {

	private static final int BATCH = 1000;

	private ImportBaseline() {
	}

	public static void main(String[] args) throws Exception {
		String url = args[0];
		String user = args[1];
		String password = args[2];
		Path folder = Path.of(args[3]);
		Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").load().migrate();
		long start = System.nanoTime();
		long chapters = 0;
		try (Connection connection = DriverManager.getConnection(url, user, password);
				Stream<Path> listed = Files.walk(folder)) {
			connection.setAutoCommit(false);
			Rows rows = new Rows(connection);
			for (Path file : listed.filter(Files::isRegularFile).sorted().toList()) {
				chapters += rows.insert(file);
				connection.commit();
			}
			rows.close();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		System.out.printf(Locale.ROOT, "baseline chapters=%d seconds=%.1f chapters/s=%.0f%n", chapters, seconds,
				chapters / seconds);
	}

	/** The prepared inserts, the next ids and the rows waiting in each batch. */
	private static final class Rows {

		private final PreparedStatement books;

		private final PreparedStatement chapters;

		private final PreparedStatement contributors;

		private final PreparedStatement paragraphs;

		private final Timestamp now = Timestamp.from(Instant.now());

		private long bookId;

		private long chapterId;

		private int pending;

		Rows(Connection connection) throws SQLException {
			this.bookId = next(connection, "publication");
			this.chapterId = next(connection, "chapter");
			this.books = connection.prepareStatement("insert into publication (id, public_id, title, subtitle, "
					+ "publisher, print_publication_year, doi, print_isbn, online_isbn, updated_at) "
					+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
			this.chapters = connection.prepareStatement("insert into chapter (id, public_id, source_key, source_hash, "
					+ "publication_id, label, title, title_key, part, online_publication_date, type, first_page, "
					+ "last_page, first_page_number, access_required, doi, updated_at) "
					+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
			this.contributors = connection.prepareStatement(
					"insert into chapter_contributor (chapter_id, position, name, affiliation) values (?, ?, ?, ?)");
			this.paragraphs = connection.prepareStatement(
					"insert into chapter_summary_paragraph (chapter_id, position, text) values (?, ?, ?)");
		}

		private static long next(Connection connection, String table) throws SQLException {
			try (Statement statement = connection.createStatement();
					ResultSet max = statement.executeQuery("select coalesce(max(id), 0) from " + table)) {
				max.next();
				return max.getLong(1);
			}
		}

		int insert(Path file) throws IOException, InvalidFileException, SQLException {
			int[] count = { 0 };
			try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
				new CrossrefReader().read(in, (book) -> {
					try {
						count[0] += insert(book);
					}
					catch (SQLException ex) {
						throw new IllegalStateException(ex);
					}
				});
			}
			executeBatches();
			return count[0];
		}

		private int insert(ImportedBook imported) throws SQLException {
			BookDetails book = imported.book();
			long id = ++this.bookId;
			this.books.setLong(1, id);
			this.books.setString(2, String.format("b%015x", id));
			this.books.setString(3, book.title());
			this.books.setString(4, book.subtitle());
			this.books.setString(5, book.publisher());
			if (book.printPublicationYear() != null) {
				this.books.setInt(6, book.printPublicationYear());
			}
			else {
				this.books.setNull(6, Types.INTEGER);
			}
			this.books.setString(7, book.doi());
			this.books.setString(8, book.printIsbn());
			this.books.setString(9, book.onlineIsbn());
			this.books.setTimestamp(10, this.now);
			this.books.addBatch();
			for (ChapterSource source : imported.chapters()) {
				insert(id, source);
			}
			this.pending += 1 + imported.chapters().size();
			if (this.pending >= BATCH) {
				executeBatches();
			}
			return imported.chapters().size();
		}

		private void insert(long bookId, ChapterSource source) throws SQLException {
			ChapterDetails details = source.details();
			long id = ++this.chapterId;
			this.chapters.setLong(1, id);
			this.chapters.setString(2, digest(source.sourceKey()));
			this.chapters.setString(3, source.sourceKey());
			this.chapters.setString(4, source.sourceHash());
			this.chapters.setLong(5, bookId);
			this.chapters.setString(6, details.label());
			this.chapters.setString(7, details.title());
			this.chapters.setString(8, details.title().toLowerCase(Locale.ROOT));
			this.chapters.setString(9, details.part());
			this.chapters.setDate(10,
					(details.onlinePublicationDate() != null) ? Date.valueOf(details.onlinePublicationDate()) : null);
			this.chapters.setString(11, details.type());
			this.chapters.setString(12, details.firstPage());
			this.chapters.setString(13, details.lastPage());
			Integer firstPage = pageNumber(details.firstPage());
			if (firstPage != null) {
				this.chapters.setInt(14, firstPage);
			}
			else {
				this.chapters.setNull(14, Types.INTEGER);
			}
			this.chapters.setBoolean(15, details.accessRequired());
			this.chapters.setString(16, details.doi());
			this.chapters.setTimestamp(17, this.now);
			this.chapters.addBatch();
			List<Contributor> contributors = details.contributors();
			for (int position = 0; position < contributors.size(); position++) {
				this.contributors.setLong(1, id);
				this.contributors.setInt(2, position);
				this.contributors.setString(3, contributors.get(position).name());
				this.contributors.setString(4, contributors.get(position).affiliation());
				this.contributors.addBatch();
			}
			List<String> summary = details.summary();
			for (int position = 0; position < summary.size(); position++) {
				this.paragraphs.setLong(1, id);
				this.paragraphs.setInt(2, position);
				this.paragraphs.setString(3, summary.get(position));
				this.paragraphs.addBatch();
			}
		}

		private void executeBatches() throws SQLException {
			this.books.executeBatch();
			this.chapters.executeBatch();
			this.contributors.executeBatch();
			this.paragraphs.executeBatch();
			this.pending = 0;
		}

		void close() throws SQLException {
			this.books.close();
			this.chapters.close();
			this.contributors.close();
			this.paragraphs.close();
		}

		private static Integer pageNumber(String page) {
			if (page == null || page.isEmpty() || !page.chars().allMatch(Character::isDigit) || page.length() > 9) {
				return null;
			}
			return Integer.valueOf(page);
		}

		private static String digest(String key) {
			try {
				byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
				return HexFormat.of().formatHex(hash, 0, 8);
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}
