package org.colophon.delivery;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface ProviderTokenRepository extends Repository<ProviderToken, Long> {

	ProviderToken save(ProviderToken token);

	Optional<ProviderToken> findByRegistrationIdAndReaderId(String registrationId, Long readerId);

	void deleteByRegistrationIdAndReaderId(String registrationId, Long readerId);

}
