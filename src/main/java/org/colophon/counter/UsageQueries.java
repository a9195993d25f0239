package org.colophon.counter;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL behind the reports: usage events are processed and counted in the database, one
 * month at a time through the time index, so that no report holds the events themselves.
 * <p>
 * COUNTER's processing rules, in the query: robots' requests are left out; of repeated
 * requests for the same item in the same format by the same session with the same
 * outcome, each within 30 seconds of the next, only the last counts (double-click
 * filtering); unique items and unique titles are counted once per session. The access
 * type comes from the basis of the decision: open access is {@code Open}, free content
 * {@code Free_To_Read}, anything licensed or denied {@code Controlled}. Book and chapter
 * details are read from the catalogue's tables, and institution names from the access
 * module's, as a read-only reporting model.
 */
@Repository
class UsageQueries {

	private static final int CHUNK = 500;

	private final JdbcClient jdbc;

	UsageQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The processed counts of one period, grouped as a report needs them.
	 * @param institutionId the customer, {@code null} for the whole platform
	 * @param accessTypes the access types to count, empty for all
	 * @param itemId a book's (title level) or chapter's (item level) public id to count
	 * alone, or {@code null}
	 */
	List<UsageCounts> counts(Instant from, Instant to, Long institutionId, ReportType.Level level, boolean byAccessType,
			Set<String> accessTypes, String itemId) {
		String book = (level == ReportType.Level.PLATFORM) ? "''" : "publication_id";
		String chapter = (level == ReportType.Level.ITEM) ? "chapter_id" : "''";
		String access = byAccessType ? "access_type" : "''";
		List<String> groups = new ArrayList<>();
		if (level != ReportType.Level.PLATFORM) {
			groups.add("publication_id");
		}
		if (level == ReportType.Level.ITEM) {
			groups.add("chapter_id");
		}
		if (byAccessType) {
			groups.add("access_type");
		}
		StringBuilder sql = new StringBuilder("""
				WITH e AS (
				  SELECT u.session_key, u.chapter_id, u.publication_id, u.granted,
				    CASE WHEN u.basis = 'OPEN_ACCESS' THEN 'Open' WHEN u.basis = 'FREE' THEN 'Free_To_Read'
				      ELSE 'Controlled' END AS access_type,
				    CASE WHEN LEAD(u.occurred_at) OVER (
				        PARTITION BY u.session_key, u.chapter_id, u.format, u.granted ORDER BY u.occurred_at, u.id)
				      <= u.occurred_at + INTERVAL '30' SECOND THEN 0 ELSE 1 END AS counted
				  FROM usage_event u
				  WHERE u.occurred_at >= :from AND u.occurred_at < :to AND u.robot = FALSE
				""");
		if (institutionId != null) {
			sql.append("    AND u.institution_id = :institution\n");
		}
		if (itemId != null) {
			sql.append((level == ReportType.Level.ITEM) ? "    AND u.chapter_id = :item\n"
					: "    AND u.publication_id = :item\n");
		}
		sql.append(")\nSELECT ")
			.append(book)
			.append(" AS book_id, ")
			.append(chapter)
			.append(" AS chapter_id, ")
			.append(access)
			.append(" AS access_type,\n")
			.append("""
					  COALESCE(SUM(CASE WHEN granted THEN counted ELSE 0 END), 0) AS total_requests,
					  COUNT(DISTINCT CASE WHEN granted THEN session_key || '|' || chapter_id END) AS unique_items,
					  COUNT(DISTINCT CASE WHEN granted THEN session_key || '|' || publication_id END) AS unique_titles,
					  COALESCE(SUM(CASE WHEN granted THEN 0 ELSE counted END), 0) AS no_license
					FROM e
					""");
		if (!accessTypes.isEmpty()) {
			sql.append("WHERE access_type IN (:accessTypes)\n");
		}
		if (!groups.isEmpty()) {
			sql.append("GROUP BY ").append(String.join(", ", groups)).append('\n');
		}
		JdbcClient.StatementSpec statement = this.jdbc.sql(sql.toString())
			.param("from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC))
			.param("to", OffsetDateTime.ofInstant(to, ZoneOffset.UTC));
		if (institutionId != null) {
			statement = statement.param("institution", institutionId);
		}
		if (itemId != null) {
			statement = statement.param("item", itemId);
		}
		if (!accessTypes.isEmpty()) {
			statement = statement.param("accessTypes", accessTypes);
		}
		return statement
			.query((row, number) -> new UsageCounts(row.getString("book_id"), row.getString("chapter_id"),
					row.getString("access_type"), row.getLong("total_requests"), row.getLong("unique_items"),
					row.getLong("unique_titles"), row.getLong("no_license"), 0))
			.list()
			.stream()
			.filter((counts) -> !counts.isEmpty())
			.toList();
	}

	/**
	 * The searches of one period that count: robots' left out, and of the same search
	 * (the same words and facet values) repeated by the same session, each within 30
	 * seconds of the next, only the last (double-click filtering, as for requests).
	 * @param institutionId the customer, {@code null} for the whole platform
	 */
	long searches(Instant from, Instant to, Long institutionId) {
		StringBuilder sql = new StringBuilder("""
				SELECT COALESCE(SUM(counted), 0) FROM (
				  SELECT CASE WHEN LEAD(s.occurred_at) OVER (
				      PARTITION BY s.session_key, s.query_key ORDER BY s.occurred_at, s.id)
				    <= s.occurred_at + INTERVAL '30' SECOND THEN 0 ELSE 1 END AS counted
				  FROM search_event s
				  WHERE s.occurred_at >= :from AND s.occurred_at < :to AND s.robot = FALSE
				""");
		if (institutionId != null) {
			sql.append("    AND s.institution_id = :institution\n");
		}
		sql.append(") e");
		JdbcClient.StatementSpec statement = this.jdbc.sql(sql.toString())
			.param("from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC))
			.param("to", OffsetDateTime.ofInstant(to, ZoneOffset.UTC));
		if (institutionId != null) {
			statement = statement.param("institution", institutionId);
		}
		return statement.query(Long.class).single();
	}

	/**
	 * When the first usage event (of the institution, or of anyone) was recorded.
	 */
	Optional<Instant> firstUsage(Long institutionId) {
		String sql = (institutionId != null)
				? "SELECT MIN(occurred_at) FROM usage_event WHERE institution_id = :institution"
				: "SELECT MIN(occurred_at) FROM usage_event";
		JdbcClient.StatementSpec statement = this.jdbc.sql(sql);
		if (institutionId != null) {
			statement = statement.param("institution", institutionId);
		}
		return statement.query(OffsetDateTime.class).optional().map(OffsetDateTime::toInstant);
	}

	/** The institution's name, when there is one with this id. */
	Optional<String> institutionName(long institutionId) {
		return this.jdbc.sql("SELECT name FROM institution WHERE id = :id")
			.param("id", institutionId)
			.query(String.class)
			.optional();
	}

	/** The books with these public ids, by id. */
	Map<String, BookRow> books(Collection<String> ids) {
		Map<String, BookRow> books = new HashMap<>();
		for (List<String> chunk : chunks(ids)) {
			this.jdbc
				.sql("SELECT public_id, title, publisher, print_publication_year FROM publication"
						+ " WHERE public_id IN (:ids)")
				.param("ids", chunk)
				.query((row, number) -> new BookRow(row.getString("public_id"), row.getString("title"),
						row.getString("publisher"), (Integer) row.getObject("print_publication_year", Integer.class)))
				.list()
				.forEach((book) -> books.put(book.id(), book));
		}
		return books;
	}

	/** The chapters with these public ids, by id. */
	Map<String, ChapterRow> chapters(Collection<String> ids) {
		Map<String, ChapterRow> chapters = new HashMap<>();
		for (List<String> chunk : chunks(ids)) {
			this.jdbc.sql("SELECT public_id, title, online_publication_date FROM chapter WHERE public_id IN (:ids)")
				.param("ids", chunk)
				.query((row, number) -> new ChapterRow(row.getString("public_id"), row.getString("title"),
						row.getObject("online_publication_date", LocalDate.class)))
				.list()
				.forEach((chapter) -> chapters.put(chapter.id(), chapter));
		}
		return chapters;
	}

	private static List<List<String>> chunks(Collection<String> ids) {
		List<String> all = List.copyOf(ids);
		List<List<String>> chunks = new ArrayList<>();
		for (int start = 0; start < all.size(); start += CHUNK) {
			chunks.add(all.subList(start, Math.min(all.size(), start + CHUNK)));
		}
		return chunks;
	}

	/** What a report shows of a book. */
	record BookRow(String id, String title, String publisher, Integer year) {
	}

	/** What a report shows of a chapter. */
	record ChapterRow(String id, String title, LocalDate published) {
	}

}
