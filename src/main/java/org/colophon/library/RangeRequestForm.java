package org.colophon.library;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An institution administrator's request for new address ranges: the whole list wanted,
 * one CIDR range per line, and an optional note for the platform admin.
 */
record RangeRequestForm(
		@NotBlank(message = "{institution.ranges.required}") @Size(max = 4000,
				message = "{institution.ranges.tooLong}") String ranges,
		@Size(max = 1000, message = "{institution.note.tooLong}") String note) {

	/** The ranges, one per non-blank line, without surrounding space. */
	List<String> rangeList() {
		return (this.ranges == null) ? List.of()
				: Arrays.stream(this.ranges.split("\\R")).map(String::strip).filter((line) -> !line.isEmpty()).toList();
	}

}
