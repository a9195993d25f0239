package org.colophon.search;

import java.util.List;

import jakarta.persistence.EntityManager;
import org.colophon.access.AccessModelChanged;
import org.colophon.catalogue.Chapter;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Reindexes the chapters whose access model an administrator changed, in the transaction
 * that stored the change: the index does not see access policies on its own, since they
 * name chapters and books by id rather than by association.
 */
@Component
class AccessChangeIndexer {

	private final EntityManager entityManager;

	AccessChangeIndexer(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@EventListener
	void reindex(AccessModelChanged change) {
		String query = change.chapter() ? "select c.id from Chapter c where c.publicId = :id"
				: "select c.id from Chapter c where c.book.publicId = :id";
		List<Long> ids = this.entityManager.createQuery(query, Long.class)
			.setParameter("id", change.itemId())
			.getResultList();
		SearchIndexingPlan plan = Search.session(this.entityManager).indexingPlan();
		ids.forEach((id) -> plan.addOrUpdate(this.entityManager.getReference(Chapter.class, id)));
	}

}
