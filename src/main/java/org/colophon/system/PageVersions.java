package org.colophon.system;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The versions of what pages are built from, kept in the database so that every instance
 * sharing it sees a change as soon as it is committed: a cached page or an in-memory copy
 * built at other versions is stale. Read once per page request (one indexed row look-up),
 * raised by the transaction that changes an entity marked {@link ChangesPages}.
 */
@Component
public class PageVersions {

	private static final String MEMO = PageVersions.class.getName() + ".current";

	private final JdbcTemplate jdbc;

	private final Clock clock;

	PageVersions(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The versions now; within one GET request always the same, read once.
	 */
	public Versions current() {
		HttpServletRequest request = readOnlyRequest();
		if (request != null && request.getAttribute(MEMO) instanceof Versions memo) {
			return memo;
		}
		Versions read = read();
		if (request != null) {
			request.setAttribute(MEMO, read);
		}
		return read;
	}

	private Versions read() {
		long[] versions = new long[Kind.values().length];
		Instant[] changed = { Instant.EPOCH };
		this.jdbc.query("select kind, version, changed_at from page_version", (row) -> {
			versions[Kind.valueOf(row.getString(1)).ordinal()] = row.getLong(2);
			Instant at = row.getTimestamp(3).toInstant();
			if (at.isAfter(changed[0])) {
				changed[0] = at;
			}
		});
		return new Versions(versions[Kind.CATALOGUE.ordinal()], versions[Kind.ACCESS.ordinal()], changed[0]);
	}

	/**
	 * Raises the versions of these kinds on the connection of the committing transaction.
	 */
	void raise(Connection connection, Set<Kind> kinds) throws SQLException {
		try (PreparedStatement update = connection
			.prepareStatement("update page_version set version = version + 1, changed_at = ? where kind = ?")) {
			for (Kind kind : kinds) {
				update.setTimestamp(1, Timestamp.from(this.clock.instant()));
				update.setString(2, kind.name());
				update.addBatch();
			}
			update.executeBatch();
		}
	}

	private static HttpServletRequest readOnlyRequest() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes instanceof ServletRequestAttributes servlet) {
			HttpServletRequest request = servlet.getRequest();
			String method = request.getMethod();
			return ("GET".equals(method) || "HEAD".equals(method)) ? request : null;
		}
		return null;
	}

	/** What changed: the catalogue's records, or who may read them. */
	public enum Kind {

		CATALOGUE, ACCESS

	}

	/**
	 * The versions at one moment, and when the latest change among them was committed.
	 */
	public record Versions(long catalogue, long access, Instant changedAt) {
	}

}
