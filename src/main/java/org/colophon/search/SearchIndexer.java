package org.colophon.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.colophon.catalogue.Chapter;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Builds the index from the database with the mass indexer when the application starts on
 * an empty index (the first start, or after the index folder was removed), or at every
 * start when {@code colophon.search.reindex-on-startup} says so. The mass indexer logs
 * its progress; readiness is down meanwhile, as searches would miss chapters. It runs
 * before the seeds load, whose changes are indexed as they are stored.
 */
@Component
@Order(-1)
class SearchIndexer implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(SearchIndexer.class);

	private final EntityManagerFactory entityManagerFactory;

	private final SearchProperties properties;

	private final ApplicationEventPublisher events;

	private final ApplicationAvailability availability;

	SearchIndexer(EntityManagerFactory entityManagerFactory, SearchProperties properties,
			ApplicationEventPublisher events, ApplicationAvailability availability) {
		this.entityManagerFactory = entityManagerFactory;
		this.properties = properties;
		this.events = events;
		this.availability = availability;
	}

	@Override
	public void run(ApplicationArguments args) throws InterruptedException {
		SearchMapping mapping = Search.mapping(this.entityManagerFactory);
		long indexed;
		try (EntityManager entityManager = this.entityManagerFactory.createEntityManager()) {
			indexed = Search.session(entityManager)
				.search(Chapter.class)
				.where((f) -> f.matchAll())
				.fetchTotalHitCount();
		}
		if (indexed > 0 && !this.properties.reindexOnStartup()) {
			logger.info("Search index holds {} chapters", indexed);
			return;
		}
		ReadinessState before = this.availability.getReadinessState();
		AvailabilityChangeEvent.publish(this.events, this, ReadinessState.REFUSING_TRAFFIC);
		try {
			reindex(mapping);
		}
		finally {
			AvailabilityChangeEvent.publish(this.events, this, before);
		}
	}

	/**
	 * Rebuilds the whole index from the database, logging progress as it goes.
	 */
	void reindex(SearchMapping mapping) throws InterruptedException {
		long started = System.nanoTime();
		logger.info("Building the search index from the database");
		mapping.scope(Chapter.class).massIndexer().threadsToLoadObjects(2).batchSizeToLoadObjects(100).startAndWait();
		logger.info("Search index built in {} ms", (System.nanoTime() - started) / 1_000_000);
	}

}
