package org.colophon.account;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface SignUpRequestRepository extends Repository<SignUpRequest, Long> {

	SignUpRequest save(SignUpRequest request);

	void delete(SignUpRequest request);

	Optional<SignUpRequest> findByTokenHash(String tokenHash);

	long countByEmailAndExpiresAtAfter(String email, Instant now);

	@Modifying
	@Query("delete from SignUpRequest r where r.email = :email")
	void deleteByEmail(String email);

	@Modifying
	@Query("delete from SignUpRequest r where r.expiresAt <= :now")
	int deleteExpired(Instant now);

}
