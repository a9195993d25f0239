package org.colophon.access;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface InstitutionRepository extends Repository<Institution, Long> {

	Institution save(Institution institution);

	Optional<Institution> findById(Long id);

	List<Institution> findByIdGreaterThanOrderByIdAsc(Long id, Limit limit);

	void delete(Institution institution);

	/**
	 * The institutions one of whose ranges holds the address, given as 32 hex digits.
	 */
	@Query("""
			select distinct i from Institution i join i.ranges r
			where r.startHex <= :address and r.endHex >= :address
			order by i.id""")
	List<Institution> findByAddress(@Param("address") String addressHex);

}
