package org.colophon.system;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.AbstractCollectionEvent;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCollectionRecreateEvent;
import org.hibernate.event.spi.PostCollectionRecreateEventListener;
import org.hibernate.event.spi.PostCollectionRemoveEvent;
import org.hibernate.event.spi.PostCollectionRemoveEventListener;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.stereotype.Component;

/**
 * Watches Hibernate's flushes for entities marked {@link ChangesPages} and, once per
 * transaction, raises their kinds' {@link PageVersions} just before it commits, on the
 * same connection: the new version is committed with the change or not at all.
 */
@Component
class PageVersionListener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener,
		PostCollectionRecreateEventListener, PostCollectionUpdateEventListener, PostCollectionRemoveEventListener {

	private static final ClassValue<Optional<PageVersions.Kind>> KINDS = new ClassValue<>() {
		@Override
		protected Optional<PageVersions.Kind> computeValue(Class<?> type) {
			return Optional.ofNullable(type.getAnnotation(ChangesPages.class)).map(ChangesPages::value);
		}
	};

	private final PageVersions versions;

	/** The kinds each open session has changed, until its transaction completes. */
	private final Map<SharedSessionContractImplementor, Set<PageVersions.Kind>> pending = new ConcurrentHashMap<>();

	PageVersionListener(EntityManagerFactory entityManagerFactory, PageVersions versions) {
		this.versions = versions;
		EventListenerRegistry registry = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
			.getServiceRegistry()
			.requireService(EventListenerRegistry.class);
		registry.appendListeners(EventType.POST_INSERT, this);
		registry.appendListeners(EventType.POST_UPDATE, this);
		registry.appendListeners(EventType.POST_DELETE, this);
		registry.appendListeners(EventType.POST_COLLECTION_RECREATE, this);
		registry.appendListeners(EventType.POST_COLLECTION_UPDATE, this);
		registry.appendListeners(EventType.POST_COLLECTION_REMOVE, this);
	}

	@Override
	public void onPostInsert(PostInsertEvent event) {
		changed(event.getEntity(), event.getSession());
	}

	@Override
	public void onPostUpdate(PostUpdateEvent event) {
		changed(event.getEntity(), event.getSession());
	}

	@Override
	public void onPostDelete(PostDeleteEvent event) {
		changed(event.getEntity(), event.getSession());
	}

	@Override
	public void onPostRecreateCollection(PostCollectionRecreateEvent event) {
		collectionChanged(event);
	}

	@Override
	public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
		collectionChanged(event);
	}

	@Override
	public void onPostRemoveCollection(PostCollectionRemoveEvent event) {
		collectionChanged(event);
	}

	@Override
	public boolean requiresPostCommitHandling(EntityPersister persister) {
		return false;
	}

	private void collectionChanged(AbstractCollectionEvent event) {
		Object owner = event.getAffectedOwnerOrNull();
		if (owner != null) {
			changed(owner, event.getSession());
		}
	}

	private void changed(Object entity, SharedSessionContractImplementor session) {
		Optional<PageVersions.Kind> kind = KINDS.get(entity.getClass());
		if (kind.isEmpty()) {
			return;
		}
		this.pending.computeIfAbsent(session, this::watch).add(kind.get());
	}

	private Set<PageVersions.Kind> watch(SharedSessionContractImplementor session) {
		TransactionCompletionCallbacks callbacks = session.getTransactionCompletionCallbacks();
		callbacks.registerCallback((TransactionCompletionCallbacks.BeforeCompletionCallback) (completing) -> {
			Set<PageVersions.Kind> kinds = this.pending.remove(completing);
			if (kinds != null && !kinds.isEmpty()) {
				completing.doWork((connection) -> this.versions.raise(connection, EnumSet.copyOf(kinds)));
			}
		});
		callbacks.registerCallback((TransactionCompletionCallbacks.AfterCompletionCallback) (success,
				completed) -> this.pending.remove(completed));
		return ConcurrentHashMap.newKeySet();
	}

}
