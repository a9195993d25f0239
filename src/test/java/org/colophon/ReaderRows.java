package org.colophon;

import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;

/**
 * Reader rows for repository slices of other modules, whose records refer to a reader by
 * id: written in SQL because readers are the account module's to construct.
 */
public final class ReaderRows {

	private ReaderRows() {
	}

	/**
	 * Inserts a reader with this e-mail address and returns its id.
	 */
	public static Long insert(TestEntityManager entityManager, String email) {
		entityManager.getEntityManager()
			.createNativeQuery("insert into reader (email, password_hash, role, created_at) "
					+ "values (?1, 'unused', 'READER', current_timestamp)")
			.setParameter(1, email)
			.executeUpdate();
		return ((Number) entityManager.getEntityManager()
			.createNativeQuery("select id from reader where email = ?1")
			.setParameter(1, email)
			.getSingleResult()).longValue();
	}

}
