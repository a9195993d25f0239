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
			where o.publicationId is null or o.publicationId = :publicationId
			order by o.position, o.id""")
	List<AccessOption> findApplicable(@Param("publicationId") String publicationId);

	Optional<AccessOption> findByKindAndPublicationId(AccessOptionKind kind, String publicationId);

}
