package org.colophon.access;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

interface ReaderRepository extends Repository<Reader, Long> {

	Reader save(Reader reader);

	@EntityGraph(attributePaths = "institution")
	Optional<Reader> findById(Long id);

	@EntityGraph(attributePaths = "institution")
	Optional<Reader> findByEmail(String email);

	boolean existsByEmail(String email);

	@EntityGraph(attributePaths = "institution")
	List<Reader> findByIdGreaterThanOrderByIdAsc(Long id, Limit limit);

	void delete(Reader reader);

}
