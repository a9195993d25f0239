package org.colophon.catalogue;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * Stores publications, finds them by public id, DOI or ISBN, and pages through them by
 * title without counting the whole table.
 */
interface BookRepository extends Repository<Book, Long> {

	Book save(Book book);

	Optional<Book> findByPublicId(String publicId);

	@Query("select p from Book p order by p.title, p.id")
	List<Book> findFirstByTitle(Limit limit);

	@Query("""
			select p from Book p
			where p.title > :title or (p.title = :title and p.id > :id)
			order by p.title, p.id""")
	List<Book> findByTitleAfter(@Param("title") String title, @Param("id") Long id, Limit limit);

	List<Book> findByIdGreaterThanOrderByIdAsc(Long id, Limit limit);

	long count();

	Optional<Book> findByDoi(String doi);

	@Query("select p from Book p where p.printIsbn = :isbn or p.onlineIsbn = :isbn order by p.id")
	List<Book> findByIsbn(@Param("isbn") String isbn, Limit limit);

	@Query("select p.id from Book p where p.publicId = :publicId")
	Optional<Long> findIdByPublicId(@Param("publicId") String publicId);

}
