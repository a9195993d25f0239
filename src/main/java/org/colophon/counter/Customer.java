package org.colophon.counter;

/**
 * Whose usage a report shows: an institution, or the whole platform ("The World", with
 * COUNTER's customer id of all zeros).
 *
 * @param institutionId the institution's id, {@code null} for the whole platform
 */
public record Customer(Long institutionId, String name, String customerId) {

	static final String WORLD_ID = "0000000000000000";

	static Customer world() {
		return new Customer(null, "The World", WORLD_ID);
	}

	static Customer institution(long id, String name) {
		return new Customer(id, name, Long.toString(id));
	}

}
