package org.colophon.usage;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes usage and search events in JDBC batches, one statement per kind, in the caller's
 * transaction. The ids are the tables' identity columns: left to the database, since
 * Hibernate cannot batch inserts of identity ids.
 */
@Component
class UsageEventWriter {

	private static final String INSERT_USAGE = "INSERT INTO usage_event (occurred_at, chapter_id, publication_id,"
			+ " format, institution_id, reader_id, session_key, granted, basis, denial_reason, robot)"
			+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	private static final String INSERT_SEARCH = "INSERT INTO search_event (occurred_at, institution_id, reader_id,"
			+ " session_key, query_key, robot) VALUES (?, ?, ?, ?, ?, ?)";

	private final JdbcTemplate jdbc;

	UsageEventWriter(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Inserts the events, each kind in the order given.
	 */
	void write(List<? extends RecordedEvent> events) {
		List<UsageEvent> usage = new ArrayList<>();
		List<SearchEvent> searches = new ArrayList<>();
		for (RecordedEvent event : events) {
			if (event instanceof UsageEvent request) {
				usage.add(request);
			}
			else {
				searches.add((SearchEvent) event);
			}
		}
		if (!usage.isEmpty()) {
			this.jdbc.batchUpdate(INSERT_USAGE, usage, usage.size(), UsageEventWriter::setUsage);
		}
		if (!searches.isEmpty()) {
			this.jdbc.batchUpdate(INSERT_SEARCH, searches, searches.size(), UsageEventWriter::setSearch);
		}
	}

	private static void setUsage(PreparedStatement statement, UsageEvent event) throws SQLException {
		statement.setObject(1, OffsetDateTime.ofInstant(event.occurredAt(), ZoneOffset.UTC));
		statement.setString(2, event.chapterId());
		statement.setString(3, event.bookId());
		statement.setString(4, event.format().name());
		setLong(statement, 5, event.institutionId());
		setLong(statement, 6, event.readerId());
		statement.setString(7, event.sessionKey());
		statement.setBoolean(8, event.granted());
		setString(statement, 9, (event.basis() != null) ? event.basis().name() : null);
		setString(statement, 10, event.denialReason());
		statement.setBoolean(11, event.robot());
	}

	private static void setSearch(PreparedStatement statement, SearchEvent event) throws SQLException {
		statement.setObject(1, OffsetDateTime.ofInstant(event.occurredAt(), ZoneOffset.UTC));
		setLong(statement, 2, event.institutionId());
		setLong(statement, 3, event.readerId());
		statement.setString(4, event.sessionKey());
		statement.setString(5, event.queryKey());
		statement.setBoolean(6, event.robot());
	}

	private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
		if (value != null) {
			statement.setLong(index, value);
		}
		else {
			statement.setNull(index, Types.BIGINT);
		}
	}

	private static void setString(PreparedStatement statement, int index, String value) throws SQLException {
		if (value != null) {
			statement.setString(index, value);
		}
		else {
			statement.setNull(index, Types.VARCHAR);
		}
	}

}
