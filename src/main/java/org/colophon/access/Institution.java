package org.colophon.access;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import org.colophon.system.ChangesPages;
import org.colophon.system.PageVersions;

/**
 * A library or other subscriber whose readers are recognised by the addresses they come
 * from.
 */
@Entity
@ChangesPages(PageVersions.Kind.ACCESS)
class Institution {

	/** The most characters a name may have. */
	static final int MAX_NAME = 500;

	/**
	 * The most address ranges one institution may have: more than any library's networks,
	 * few enough that one request cannot fill the table.
	 */
	static final int MAX_IP_RANGES = 5000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	@ElementCollection
	@CollectionTable(name = "institution_ip_range", joinColumns = @JoinColumn(name = "institution_id"))
	@OrderColumn(name = "position")
	private List<IpRange> ranges = new ArrayList<>();

	protected Institution() {
	}

	public Institution(String name, List<IpRange> ranges) {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("An institution needs a name");
		}
		if (name.strip().length() > MAX_NAME) {
			throw new IllegalArgumentException("An institution's name can have at most " + MAX_NAME + " characters");
		}
		this.name = name.strip();
		this.ranges.addAll(ranges);
	}

	/**
	 * Replaces the address ranges, as an admin does when applying a requested change.
	 */
	void replaceRanges(List<IpRange> ranges) {
		this.ranges.clear();
		this.ranges.addAll(ranges);
	}

	/**
	 * Adds a range, unless the institution has it already or has as many as it may.
	 * @throws IllegalArgumentException when it has the range or has the most ranges
	 */
	void addRange(IpRange range) {
		if (this.ranges.stream()
			.anyMatch((held) -> held.startHex().equals(range.startHex()) && held.endHex().equals(range.endHex()))) {
			throw new IllegalArgumentException("'" + range.cidr() + "' is one of the institution's ranges already");
		}
		if (this.ranges.size() >= MAX_IP_RANGES) {
			throw new IllegalArgumentException("an institution can have at most " + MAX_IP_RANGES + " ranges");
		}
		this.ranges.add(range);
	}

	/**
	 * Removes a range.
	 * @return whether the institution had it
	 */
	boolean removeRange(String cidr) {
		return this.ranges.removeIf((range) -> range.cidr().equals(cidr));
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public List<IpRange> getRanges() {
		return List.copyOf(this.ranges);
	}

}
