package org.colophon.delivery;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface ProviderTokenRepository extends Repository<ProviderToken, Long> {

	ProviderToken save(ProviderToken token);

	Optional<ProviderToken> findByRegistrationIdAndPrincipalName(String registrationId, String principalName);

	void deleteByRegistrationIdAndPrincipalName(String registrationId, String principalName);

}
