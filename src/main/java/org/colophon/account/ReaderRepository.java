package org.colophon.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface ReaderRepository extends Repository<Reader, Long> {

	Reader save(Reader reader);

	Optional<Reader> findById(Long id);

	Optional<Reader> findByEmail(String email);

	boolean existsByEmail(String email);

	boolean existsByIdAndRole(Long id, Role role);

	List<Reader> findByIdGreaterThanOrderByIdAsc(Long id, Limit limit);

	/**
	 * The readers whose address starts with the prefix (the pattern escapes {@code %},
	 * {@code _} and its escape character {@code !} with a {@code !}), in id order after
	 * the given id.
	 */
	@Query("select r from Reader r where r.email like :pattern escape '!' and r.id > :after order by r.id")
	List<Reader> findByEmailLike(@Param("pattern") String pattern, @Param("after") Long after, Limit limit);

	void delete(Reader reader);

}
