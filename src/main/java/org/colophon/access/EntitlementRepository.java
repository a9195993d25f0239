package org.colophon.access;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface EntitlementRepository extends Repository<Entitlement, Long> {

	Entitlement save(Entitlement entitlement);

	Optional<Entitlement> findById(Long id);

	@EntityGraph(attributePaths = "institution")
	List<Entitlement> findByIdGreaterThanOrderByIdAsc(Long id, Limit limit);

	void delete(Entitlement entitlement);

	/**
	 * The entitlements held by any of the institutions, covering the chapter or its
	 * publication, whatever their dates (the service checks those against its clock).
	 */
	@Query("""
			select e from Entitlement e join fetch e.institution i
			where i.id in :institutionIds and (e.chapterId = :chapterId or e.bookId = :bookId)
			order by e.id""")
	List<Entitlement> findForInstitutions(@Param("institutionIds") Collection<Long> institutionIds,
			@Param("chapterId") String chapterId, @Param("bookId") String bookId);

	/**
	 * Every entitlement held by any of the institutions, whatever their dates.
	 */
	@Query("select e from Entitlement e where e.institution.id in :institutionIds order by e.id")
	List<Entitlement> findAllForInstitutions(@Param("institutionIds") Collection<Long> institutionIds);

	List<Entitlement> findByReaderIdOrderByIdAsc(Long readerId);

	@Query("""
			select e from Entitlement e
			where e.readerId = :readerId and (e.chapterId = :chapterId or e.bookId = :bookId)
			order by e.id""")
	List<Entitlement> findForReader(@Param("readerId") Long readerId, @Param("chapterId") String chapterId,
			@Param("bookId") String bookId);

	List<Entitlement> findByInstitutionIdAndIdGreaterThanOrderByIdAsc(Long institutionId, Long id, Limit limit);

	@Query("""
			select e from Entitlement e
			where e.institution.id = :institutionId and e.id > :after
				and (e.startsOn is null or e.startsOn <= :day) and (e.endsOn is null or e.endsOn >= :day)
			order by e.id""")
	List<Entitlement> findInForce(@Param("institutionId") Long institutionId, @Param("day") LocalDate day,
			@Param("after") Long after, Limit limit);

}
