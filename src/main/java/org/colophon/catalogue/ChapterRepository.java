package org.colophon.catalogue;

import java.time.Instant;
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
interface ChapterRepository extends Repository<Chapter, Long> {

	Chapter save(Chapter chapter);

	@EntityGraph(attributePaths = "book")
	Optional<Chapter> findByPublicId(String publicId);

	Optional<Chapter> findBySourceKey(String sourceKey);

	List<Chapter> findBySourceKeyIn(Collection<String> sourceKeys);

	List<Chapter> findByBook(Book book);

	long countByBook(Book book);

	@Query("select c.titleKey from Chapter c where c.book = :book")
	List<String> findTitleKeysByBook(@Param("book") Book book, Limit limit);

	@EntityGraph(attributePaths = "book")
	Optional<Chapter> findByDoi(String doi);

	List<Chapter> findByDoiIn(Collection<String> dois);

	@EntityGraph(attributePaths = "book")
	List<Chapter> findByIdGreaterThanOrderByIdAsc(Long id, Limit limit);

	@Query("""
			select new org.colophon.catalogue.ChapterHeading(c.publicId, p.publicId, c.label, c.title,
				c.firstPage, c.lastPage, c.updatedAt)
			from Chapter c join c.book p
			where p in :books
			order by p.id, c.firstPageNumber asc nulls last, c.label, c.id""")
	List<ChapterHeading> findHeadingsByBookIn(@Param("books") Collection<Book> books);

	@EntityGraph(attributePaths = "book")
	@Query("""
			select c from Chapter c
			where c.updatedAt >= :from and c.updatedAt < :until
				and (c.updatedAt, c.id) > (:afterUpdated, :afterId)
			order by c.updatedAt, c.id""")
	List<Chapter> findChanged(@Param("from") Instant from, @Param("until") Instant until,
			@Param("afterUpdated") Instant afterUpdated, @Param("afterId") Long afterId, Limit limit);

	@EntityGraph(attributePaths = "book")
	@Query("""
			select c from Chapter c
			where c.book.id = :bookId and c.updatedAt >= :from and c.updatedAt < :until
				and (c.updatedAt, c.id) > (:afterUpdated, :afterId)
			order by c.updatedAt, c.id""")
	List<Chapter> findChangedIn(@Param("bookId") Long bookId, @Param("from") Instant from,
			@Param("until") Instant until, @Param("afterUpdated") Instant afterUpdated, @Param("afterId") Long afterId,
			Limit limit);

	@Query("select count(c) from Chapter c where c.updatedAt >= :from and c.updatedAt < :until")
	long countChanged(@Param("from") Instant from, @Param("until") Instant until);

	@Query("""
			select count(c) from Chapter c
			where c.book.id = :bookId and c.updatedAt >= :from and c.updatedAt < :until""")
	long countChangedIn(@Param("bookId") Long bookId, @Param("from") Instant from, @Param("until") Instant until);

	@Query("select min(c.updatedAt) from Chapter c")
	Optional<Instant> findEarliestUpdate();

	@Query("""
			select new org.colophon.catalogue.ChapterHeading(c.publicId, p.publicId, c.label, c.title,
				c.firstPage, c.lastPage, c.updatedAt)
			from Chapter c join c.book p where c.id > :afterId order by c.id""")
	List<ChapterHeading> findHeadingsAfter(@Param("afterId") Long afterId, Limit limit);

	@Query("""
			select new org.colophon.catalogue.ChapterHeading(c.publicId, p.publicId, c.label, c.title,
				c.firstPage, c.lastPage, c.updatedAt)
			from Chapter c join c.book p where c.id > :afterId and c.id <= :upTo order by c.id""")
	List<ChapterHeading> findHeadingsBetween(@Param("afterId") Long afterId, @Param("upTo") Long upTo, Limit limit);

	@Query("select max(c.id) from Chapter c")
	Optional<Long> findLastId();

	boolean existsByIdGreaterThanAndIdLessThanEqual(Long after, Long upTo);

	@Query("select c.id from Chapter c where c.publicId = :publicId")
	Optional<Long> findIdByPublicId(@Param("publicId") String publicId);

	@Query("select distinct c.book.publicId from Chapter c where c.book.publicId in :bookIds and c.accessRequired = true")
	List<String> findBookIdsWithAccessRequiredIn(@Param("bookIds") Collection<String> bookIds);

	@Query("select c.publicId, c.book.publicId from Chapter c where c.publicId in :chapterIds")
	List<Object[]> findBookIdsOfChapters(@Param("chapterIds") Collection<String> chapterIds);

}
