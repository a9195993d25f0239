package org.colophon.catalogue;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * Stores chapters and reads them by public id, by book, and in keyset pages.
 */
public interface ChapterRepository extends Repository<Chapter, Long> {

	Chapter save(Chapter chapter);

	@EntityGraph(attributePaths = "publication")
	Optional<Chapter> findByPublicId(String publicId);

	Optional<Chapter> findBySourceKey(String sourceKey);

	@EntityGraph(attributePaths = "publication")
	List<Chapter> findByIdGreaterThanOrderByIdAsc(Long id, Limit limit);

	@Query("""
			select new org.colophon.catalogue.ChapterHeading(c.publicId, p.publicId, c.label, c.title,
				c.firstPage, c.lastPage)
			from Chapter c join c.publication p
			where p in :publications
			order by p.id, c.firstPageNumber asc nulls last, c.label, c.id""")
	List<ChapterHeading> findHeadingsByPublicationIn(@Param("publications") Collection<Publication> publications);

}
