package org.colophon.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.repository.Repository;

interface ReaderRepository extends Repository<Reader, Long> {

	Reader save(Reader reader);

	Optional<Reader> findById(Long id);

	Optional<Reader> findByEmail(String email);

	boolean existsByEmail(String email);

	boolean existsByIdAndRole(Long id, Role role);

	List<Reader> findByIdGreaterThanOrderByIdAsc(Long id, Limit limit);

	void delete(Reader reader);

}
