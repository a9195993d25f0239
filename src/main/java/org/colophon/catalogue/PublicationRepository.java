package org.colophon.catalogue;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * Stores publications and pages through them by title without counting the whole table.
 */
public interface PublicationRepository extends Repository<Publication, Long> {

	Publication save(Publication publication);

	Optional<Publication> findByPublicId(String publicId);

	@Query("select p from Publication p order by p.title, p.id")
	List<Publication> findFirstByTitle(Limit limit);

	@Query("""
			select p from Publication p
			where p.title > :title or (p.title = :title and p.id > :id)
			order by p.title, p.id""")
	List<Publication> findByTitleAfter(@Param("title") String title, @Param("id") Long id, Limit limit);

	List<Publication> findByIdGreaterThanOrderByIdAsc(Long id, Limit limit);

	long count();

	@Query("select p.id from Publication p where p.publicId = :publicId")
	Optional<Long> findIdByPublicId(@Param("publicId") String publicId);

}
