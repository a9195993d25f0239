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
	 * The policies set on this chapter and on its publication (none, one or both), in one
	 * query. It does not flush the session first: the search index calls it while
	 * Hibernate flushes, when the session's changes are already being written.
	 */
	@Query("""
			select p from AccessPolicy p
			where (p.itemType = org.colophon.access.AccessPolicy.ItemType.CHAPTER and p.itemId = :chapterId)
				or (p.itemType = org.colophon.access.AccessPolicy.ItemType.PUBLICATION and p.itemId = :bookId)""")
	@QueryHints(@QueryHint(name = HibernateHints.HINT_FLUSH_MODE, value = "COMMIT"))
	List<AccessPolicy> findForChapter(@Param("chapterId") String chapterId, @Param("bookId") String bookId);

}
