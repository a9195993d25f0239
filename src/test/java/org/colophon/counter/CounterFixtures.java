package org.colophon.counter;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows for COUNTER tests, written in SQL because books, chapters, institutions and usage
 * events belong to other modules: a hand-computed fixture month (February 2026) of usage
 * by two institutions, with double clicks, separate sessions, a robot, turnaways and
 * every access type.
 * <p>
 * Institution A in February 2026, after COUNTER's processing: <pre>
 * session s1: C1 pdf 10:00:00 + 10:00:10 (double click: 1), C1 html 10:00:20 (1), C2 pdf (1)
 * session s2: C1 pdf 11:00:00 and 11:00:31 (31 s apart: 2), C3 pdf open access (1)
 * session s3: C2 pdf denied 12:00:00 + 12:00:05 (1), C2 html denied (1)
 * session s4: C1 pdf by a robot (0)
 * session s5: C4 pdf free (1)
 * </pre> Books: B1 "Alpha Book" (2020, Ridgeway Press) holds C1 and C2, access
 * controlled; B2 "Beta Book" (year unknown) holds C3 (open access) and C4 (free).
 * Institution B has one request (C1) in February; A has one in January and one in March,
 * the current month.
 */
final class CounterFixtures {

	static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");

	private final JdbcClient jdbc;

	long institutionA;

	long institutionB;

	CounterFixtures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	CounterFixtures load() {
		this.institutionA = institution("Ridgeway University");
		this.institutionB = institution("Fenland College");
		long alpha = book("B1", "Alpha Book", "Ridgeway Press", 2020);
		long beta = book("B2", "Beta Book", "Ridgeway Press", null);
		chapter("C1", "First Chapter", alpha);
		chapter("C2", "Second Chapter", alpha);
		chapter("C3", "Open Chapter", beta);
		chapter("C4", "Free Chapter", beta);
		long a = this.institutionA;
		event("2026-02-03T10:00:00Z", "s1", "C1", "B1", "PDF", "INSTITUTION", a, false);
		event("2026-02-03T10:00:10Z", "s1", "C1", "B1", "PDF", "INSTITUTION", a, false);
		event("2026-02-03T10:00:20Z", "s1", "C1", "B1", "HTML", "INSTITUTION", a, false);
		event("2026-02-03T10:05:00Z", "s1", "C2", "B1", "PDF", "INSTITUTION", a, false);
		event("2026-02-04T11:00:00Z", "s2", "C1", "B1", "PDF", "INSTITUTION", a, false);
		event("2026-02-04T11:00:31Z", "s2", "C1", "B1", "PDF", "INSTITUTION", a, false);
		event("2026-02-04T11:10:00Z", "s2", "C3", "B2", "PDF", "OPEN_ACCESS", a, false);
		event("2026-02-05T12:00:00Z", "s3", "C2", "B1", "PDF", null, a, false);
		event("2026-02-05T12:00:05Z", "s3", "C2", "B1", "PDF", null, a, false);
		event("2026-02-05T12:30:00Z", "s3", "C2", "B1", "HTML", null, a, false);
		event("2026-02-06T09:00:00Z", "s4", "C1", "B1", "PDF", "INSTITUTION", a, true);
		event("2026-02-07T13:00:00Z", "s5", "C4", "B2", "PDF", "FREE", a, false);
		event("2026-02-08T08:00:00Z", "s6", "C1", "B1", "PDF", "INSTITUTION", this.institutionB, false);
		event("2026-01-15T08:00:00Z", "s7", "C1", "B1", "PDF", "INSTITUTION", a, false);
		event("2026-03-02T08:00:00Z", "s8", "C1", "B1", "PDF", "INSTITUTION", a, false);
		return this;
	}

	long institution(String name) {
		this.jdbc.sql("INSERT INTO institution (name) VALUES (?)").param(name).update();
		return this.jdbc.sql("SELECT id FROM institution WHERE name = ?").param(name).query(Long.class).single();
	}

	long book(String publicId, String title, String publisher, Integer year) {
		this.jdbc
			.sql("INSERT INTO publication (public_id, title, publisher, print_publication_year, updated_at)"
					+ " VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP)")
			.params(publicId, title, publisher, year)
			.update();
		return this.jdbc.sql("SELECT id FROM publication WHERE public_id = ?")
			.param(publicId)
			.query(Long.class)
			.single();
	}

	void chapter(String publicId, String title, long book) {
		this.jdbc
			.sql("INSERT INTO chapter (public_id, source_key, source_hash, publication_id, title, access_required,"
					+ " updated_at) VALUES (?, ?, 'hash', ?, ?, FALSE, CURRENT_TIMESTAMP)")
			.params(publicId, publicId + ".txt", book, title)
			.update();
	}

	/**
	 * A usage event; a {@code null} basis is a turnaway for want of a licence.
	 */
	void event(String at, String session, String chapter, String book, String format, String basis, Long institution,
			boolean robot) {
		boolean granted = basis != null;
		this.jdbc
			.sql("INSERT INTO usage_event (occurred_at, chapter_id, publication_id, format, institution_id,"
					+ " session_key, granted, basis, denial_reason, robot) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(OffsetDateTime.ofInstant(Instant.parse(at), ZoneOffset.UTC), chapter, book, format, institution,
					session, granted, basis, granted ? null : "NO_LICENCE", robot)
			.update();
	}

	/**
	 * A search run on the search page; {@code query} stands for what was searched for.
	 */
	void search(String at, String session, String query, Long institution, boolean robot) {
		this.jdbc
			.sql("INSERT INTO search_event (occurred_at, institution_id, session_key, query_key, robot)"
					+ " VALUES (?, ?, ?, ?, ?)")
			.params(OffsetDateTime.ofInstant(Instant.parse(at), ZoneOffset.UTC), institution, session, query, robot)
			.update();
	}

}
