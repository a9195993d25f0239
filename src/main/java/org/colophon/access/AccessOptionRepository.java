package org.colophon.access;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface AccessOptionRepository extends Repository<AccessOption, Long> {

	AccessOption save(AccessOption option);

	/**
	 * The options for every publication together with those for this one, in card order.
	 */
	@Query("""
			select o from AccessOption o
			where o.bookId is null or o.bookId = :bookId
			order by o.position, o.id""")
	List<AccessOption> findApplicable(@Param("bookId") String bookId);

	Optional<AccessOption> findByKindAndBookId(AccessOptionKind kind, String bookId);

}
