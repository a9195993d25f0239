package org.colophon.access;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.colophon.access.AccessPolicy.ItemType;
import org.springframework.data.repository.Repository;

interface AccessPolicyRepository extends Repository<AccessPolicy, Long> {

	AccessPolicy save(AccessPolicy policy);

	Optional<AccessPolicy> findByItemTypeAndItemId(ItemType itemType, String itemId);

	List<AccessPolicy> findByItemTypeAndItemIdIn(ItemType itemType, Collection<String> itemIds);

}
