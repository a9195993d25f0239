package org.colophon.access;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.QueryHint;

import org.colophon.access.AccessPolicy.ItemType;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface AccessPolicyRepository extends Repository<AccessPolicy, Long> {

	AccessPolicy save(AccessPolicy policy);

	Optional<AccessPolicy> findByItemTypeAndItemId(ItemType itemType, String itemId);

	List<AccessPolicy> findByItemTypeAndItemIdIn(ItemType itemType, Collection<String> itemIds);

	/**
	 * The policy set on one item, without flushing the session first: the search index
	 * asks while Hibernate flushes, when the session's changes are already being written.
	 */
	@Query("select p from AccessPolicy p where p.itemType = :itemType and p.itemId = :itemId")
	@QueryHints(@QueryHint(name = HibernateHints.HINT_FLUSH_MODE, value = "COMMIT"))
	Optional<AccessPolicy> findUnflushed(@Param("itemType") ItemType itemType, @Param("itemId") String itemId);

}
