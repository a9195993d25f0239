package org.colophon.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counters and token buckets kept in the database, so that every instance of the
 * application on one database counts the same attempts (tables {@code shared_counter} and
 * {@code shared_bucket}). Each change is one atomic {@code UPDATE … WHERE} on its row,
 * and a row is created by an {@code INSERT} that a concurrent one may win (then the
 * update is made on the winner's row). Each operation joins the caller's transaction, if
 * any, and the SQL is the same on H2 and PostgreSQL but for how a lost insert is told.
 * <p>
 * Every row ends: a counter when its window or hold ends, a bucket when it is full again
 * (a full bucket is the same as none). {@link #cleanUp()} deletes the rows that have
 * ended, so the tables hold only what is still counting.
 */
@Component
public class SharedCounters {

	/**
	 * A bucket's credit refilled up to now, never more than full; a clock behind the
	 * row's (another instance's) adds nothing.
	 */
	private static final String REFILLED = "least(:full, credit + greatest(0, :now - updated_at) * :rate)";

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate named;

	private final TransactionTemplate transactions;

	private final Clock clock;

	/** Whether the database is PostgreSQL, found out at the first insert. */
	private volatile Boolean postgres;

	public SharedCounters(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.named = new NamedParameterJdbcTemplate(jdbc);
		this.transactions = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * Counts one more hit on a counter whose window starts at its first hit and lasts
	 * {@code window}; a hit after the window starts a new one.
	 * @return the hits in the current window, this one included
	 */
	public int hit(String key, Duration window) {
		long now = this.clock.millis();
		long end = now + window.toMillis();
		while (true) {
			Integer hits = this.transactions.execute((status) -> {
				int updated = this.jdbc.update("update shared_counter set hits = case when ends_at <= ? then 1 "
						+ "else hits + 1 end, ends_at = case when ends_at <= ? then ? else ends_at end "
						+ "where counter_key = ?", now, now, end, key);
				// The row stays locked by the update until commit, so this reads this
				// hit's count and no other's.
				return (updated == 0) ? null : this.jdbc
					.queryForObject("select hits from shared_counter where counter_key = ?", Integer.class, key);
			});
			if (hits != null) {
				return hits;
			}
			if (insert("insert into shared_counter (counter_key, hits, ends_at) values (?, 1, ?)", key, end)) {
				return 1;
			}
		}
	}

	/**
	 * Sets a counter that holds until a moment, whatever it held before.
	 */
	public void holdUntil(String key, Instant until) {
		long end = until.toEpochMilli();
		while (this.jdbc.update("update shared_counter set hits = 1, ends_at = ? where counter_key = ?", end,
				key) == 0) {
			if (insert("insert into shared_counter (counter_key, hits, ends_at) values (?, 1, ?)", key, end)) {
				return;
			}
		}
	}

	/**
	 * How long a counter still holds, {@link Duration#ZERO} when it has ended or was
	 * never set.
	 */
	public Duration remaining(String key) {
		long now = this.clock.millis();
		List<Long> ends = this.jdbc.queryForList(
				"select ends_at from shared_counter where counter_key = ? and ends_at > ?", Long.class, key, now);
		return ends.isEmpty() ? Duration.ZERO : Duration.ofMillis(ends.get(0) - now);
	}

	/**
	 * Forgets a counter.
	 */
	public void forget(String key) {
		this.jdbc.update("delete from shared_counter where counter_key = ?", key);
	}

	/**
	 * Takes one token from a bucket that holds {@code capacity} tokens and refills them
	 * steadily over {@code period} (greedily: a token every {@code period / capacity}). A
	 * bucket never used is full.
	 * @return {@link Duration#ZERO} when a token was taken, otherwise how long until one
	 * is there
	 */
	public Duration take(String key, int capacity, Duration period) {
		Map<String, Object> bucket = bucket(key, capacity, period);
		long now = (Long) bucket.get("now");
		long token = (Long) bucket.get("token");
		long full = (Long) bucket.get("full");
		while (true) {
			Long missing = this.transactions.execute((status) -> {
				int updated = this.named.update(
						"update shared_bucket set credit = " + REFILLED + " - :token, "
								+ "updated_at = greatest(updated_at, :now), full_at = :now + (:full - " + REFILLED
								+ " + :token) / :rate + 1 where bucket_key = :key and " + REFILLED + " >= :token",
						bucket);
				if (updated == 1) {
					return 0L;
				}
				List<Long> credit = this.named.queryForList(
						"select " + REFILLED + " from shared_bucket where bucket_key = :key", bucket, Long.class);
				return credit.isEmpty() ? null : token - credit.get(0);
			});
			if (missing != null) {
				// Rounded up, so that the token is there when the caller comes back.
				return Duration.ofMillis((missing + capacity - 1) / capacity);
			}
			if (insert("insert into shared_bucket (bucket_key, credit, updated_at, full_at) values (?, ?, ?, ?)", key,
					full - token, now, now + token / capacity + 1)) {
				return Duration.ZERO;
			}
		}
	}

	/**
	 * Puts back one token taken from a bucket (never more than it holds).
	 */
	public void giveBack(String key, int capacity, Duration period) {
		this.named.update("update shared_bucket set credit = least(:full, " + REFILLED + " + :token), "
				+ "updated_at = greatest(updated_at, :now), full_at = :now + (:full - least(:full, " + REFILLED
				+ " + :token)) / :rate + 1 where bucket_key = :key", bucket(key, capacity, period));
	}

	/**
	 * Deletes the counters that have ended and the buckets that are full again.
	 * @return how many rows were deleted
	 */
	@Scheduled(fixedDelayString = "${colophon.shared-counters.clean-up-interval:5m}")
	public int cleanUp() {
		long now = this.clock.millis();
		return this.jdbc.update("delete from shared_counter where ends_at <= ?", now)
				+ this.jdbc.update("delete from shared_bucket where full_at <= ?", now);
	}

	/**
	 * Inserts a row, or answers {@code false} when another transaction inserted it first.
	 * It joins the caller's transaction, if any: PostgreSQL aborts a transaction at its
	 * first error, so there a conflict is no error ({@code on conflict do nothing}); H2
	 * (one instance only) fails just the statement.
	 */
	private boolean insert(String sql, Object... arguments) {
		try {
			return this.jdbc.update(postgres() ? sql + " on conflict do nothing" : sql, arguments) == 1;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	private boolean postgres() {
		Boolean postgres = this.postgres;
		if (postgres == null) {
			postgres = this.jdbc.execute((ConnectionCallback<Boolean>) (connection) -> "PostgreSQL"
				.equalsIgnoreCase(connection.getMetaData().getDatabaseProductName()));
			this.postgres = postgres;
		}
		return postgres;
	}

	/**
	 * A bucket's numbers, in whole token-milliseconds: a token costs the period in
	 * milliseconds, and every millisecond adds as many as the bucket holds tokens.
	 */
	private Map<String, Object> bucket(String key, int capacity, Duration period) {
		if (capacity < 1 || period.toMillis() < 1) {
			throw new IllegalArgumentException("A bucket holds at least one token over at least a millisecond");
		}
		long token = period.toMillis();
		return Map.of("key", key, "now", this.clock.millis(), "token", token, "rate", (long) capacity, "full",
				capacity * token);
	}

}
