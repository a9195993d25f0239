package org.colophon.access;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.colophon.system.PageVersions;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which institutions an address belongs to, answered from memory: every institution's
 * address ranges, loaded once and loaded again when the access version shows that some
 * institution, range or entitlement changed (on any instance sharing the database). An
 * access decision then needs no range query per request.
 */
@Component
class InstitutionRanges {

	private final JdbcTemplate jdbc;

	private final PageVersions versions;

	private volatile Snapshot snapshot;

	InstitutionRanges(JdbcTemplate jdbc, PageVersions versions) {
		this.jdbc = jdbc;
		this.versions = versions;
	}

	/**
	 * The ids, in ascending order, of the institutions one of whose ranges holds the
	 * address.
	 */
	List<Long> institutionsAt(InetAddress address) {
		return current().institutionsAt(IpRange.hexOf(address));
	}

	private Snapshot current() {
		long version = this.versions.current().access();
		Snapshot held = this.snapshot;
		if (held != null && held.version() == version) {
			return held;
		}
		synchronized (this) {
			held = this.snapshot;
			if (held == null || held.version() != version) {
				held = load(version);
				this.snapshot = held;
			}
			return held;
		}
	}

	private Snapshot load(long version) {
		List<String> starts = new ArrayList<>();
		List<String> ends = new ArrayList<>();
		List<Long> owners = new ArrayList<>();
		this.jdbc.query("select start_hex, end_hex, institution_id from institution_ip_range order by start_hex",
				(row) -> {
					starts.add(row.getString(1));
					ends.add(row.getString(2));
					owners.add(row.getLong(3));
				});
		int size = starts.size();
		String[] start = starts.toArray(String[]::new);
		String[] end = ends.toArray(String[]::new);
		long[] owner = owners.stream().mapToLong(Long::longValue).toArray();
		String[] highestEnd = new String[size];
		for (int i = 0; i < size; i++) {
			highestEnd[i] = (i == 0 || end[i].compareTo(highestEnd[i - 1]) > 0) ? end[i] : highestEnd[i - 1];
		}
		return new Snapshot(version, start, end, owner, highestEnd);
	}

	/**
	 * The ranges sorted by start, with the highest end among each range and those before
	 * it: a look-up finds the last range starting at or before the address by binary
	 * search, then walks back only while an earlier range can still reach the address.
	 * Addresses are compared as 32 fixed-width hex digits, whose text order is their
	 * numeric order.
	 */
	private record Snapshot(long version, String[] start, String[] end, long[] owner, String[] highestEnd) {

		List<Long> institutionsAt(String address) {
			int low = 0;
			int high = this.start.length - 1;
			int last = -1;
			while (low <= high) {
				int middle = (low + high) >>> 1;
				if (this.start[middle].compareTo(address) <= 0) {
					last = middle;
					low = middle + 1;
				}
				else {
					high = middle - 1;
				}
			}
			TreeSet<Long> found = new TreeSet<>();
			for (int i = last; i >= 0 && this.highestEnd[i].compareTo(address) >= 0; i--) {
				if (this.end[i].compareTo(address) >= 0) {
					found.add(this.owner[i]);
				}
			}
			return List.copyOf(found);
		}

	}

}
