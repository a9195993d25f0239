package org.colophon.catalogue;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * Stores publications, finds them by public id, DOI or ISBN, pages through them by title
 * without counting the whole table (those without a title after the others, by id), also
 * within one print year or one publisher, counts them per year and per publisher, and
 * finds them by their chapters' and contents entries' title keys.
 */
interface BookRepository extends Repository<Book, Long> {

	Book save(Book book);

	Optional<Book> findByPublicId(String publicId);

	void delete(Book book);

	@Query("select p from Book p where p.title is not null order by p.title, p.id")
	List<Book> findFirstByTitle(Limit limit);

	@Query("select p from Book p where p.title is null and p.id > :id order by p.id")
	List<Book> findUntitledAfter(@Param("id") Long id, Limit limit);

	@Query("select distinct p from Chapter c join c.book p where c.titleKey in :keys")
	List<Book> findByChapterTitleKeyIn(@Param("keys") Collection<String> keys, Limit limit);

	@Query("select distinct p from Book p join p.contents e where p.title is null and e.titleKey = :key")
	List<Book> findIncompleteListing(@Param("key") String key, Limit limit);

	@Query("""
			select p from Book p
			where (p.title, p.id) > (:title, :id)
			order by p.title, p.id""")
	List<Book> findByTitleAfter(@Param("title") String title, @Param("id") Long id, Limit limit);

	// The keyset queries below order by the index's leading column too, although the
	// query
	// fixes it, and compare (title, id) as a row: only then does H2 read the index in
	// order from the cursor and stop after a page, instead of sorting every book of the
	// year or publisher (EXPLAIN ANALYZE: 50 rows read against 100,001).
	@Query("""
			select p from Book p
			where p.printPublicationYear = :year and p.title is not null
			order by p.printPublicationYear, p.title, p.id""")
	List<Book> findFirstOfYear(@Param("year") int year, Limit limit);

	@Query("""
			select p from Book p
			where p.printPublicationYear = :year and (p.title, p.id) > (:title, :id)
			order by p.printPublicationYear, p.title, p.id""")
	List<Book> findOfYearAfter(@Param("year") int year, @Param("title") String title, @Param("id") Long id,
			Limit limit);

	@Query("""
			select p from Book p
			where p.publisher = :publisher and p.title is not null
			order by p.publisher, p.title, p.id""")
	List<Book> findFirstOfPublisher(@Param("publisher") String publisher, Limit limit);

	@Query("""
			select p from Book p
			where p.publisher = :publisher and (p.title, p.id) > (:title, :id)
			order by p.publisher, p.title, p.id""")
	List<Book> findOfPublisherAfter(@Param("publisher") String publisher, @Param("title") String title,
			@Param("id") Long id, Limit limit);

	@Query("""
			select new org.colophon.catalogue.YearCount(p.printPublicationYear, count(p)) from Book p
			where p.printPublicationYear is not null and p.title is not null
			group by p.printPublicationYear
			order by p.printPublicationYear desc""")
	List<YearCount> countByYear();

	@Query("""
			select new org.colophon.catalogue.PublisherCount(p.publisher, count(p)) from Book p
			where p.publisher > :after and p.title is not null
			group by p.publisher
			order by p.publisher""")
	List<PublisherCount> countByPublisherAfter(@Param("after") String after, Limit limit);

	List<Book> findByIdGreaterThanOrderByIdAsc(Long id, Limit limit);

	List<Book> findByIdGreaterThanAndIdLessThanEqualOrderByIdAsc(Long id, Long upTo, Limit limit);

	@Query("select max(b.id) from Book b")
	Optional<Long> findLastId();

	boolean existsByIdGreaterThanAndIdLessThanEqual(Long after, Long upTo);

	long count();

	List<Book> findByPublicIdIn(Collection<String> publicIds);

	Optional<Book> findByDoi(String doi);

	Optional<Book> findFirstByPrintIsbnOrderByIdAsc(String isbn);

	Optional<Book> findFirstByOnlineIsbnOrderByIdAsc(String isbn);

	/**
	 * The first publication (by id) with this ISBN as its print or online ISBN: two
	 * look-ups, one on each column's index (a single query with {@code or} makes H2 read
	 * the whole table).
	 */
	default Optional<Book> findByIsbn(String isbn) {
		Optional<Book> print = findFirstByPrintIsbnOrderByIdAsc(isbn);
		Optional<Book> online = findFirstByOnlineIsbnOrderByIdAsc(isbn);
		if (print.isPresent() && online.isPresent()) {
			return (print.get().getId() <= online.get().getId()) ? print : online;
		}
		return print.or(() -> online);
	}

	@Query("select p.id from Book p where p.publicId = :publicId")
	Optional<Long> findIdByPublicId(@Param("publicId") String publicId);

}
