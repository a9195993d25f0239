package org.colophon.counter;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface SushiCredentialRepository extends Repository<SushiCredential, Long> {

	SushiCredential save(SushiCredential credential);

	Optional<SushiCredential> findById(Long institutionId);

	Optional<SushiCredential> findByCustomerId(String customerId);

}
