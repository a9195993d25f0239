package org.colophon.search;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of search under {@code colophon.search}.
 *
 * @param location the folder of the Lucene index
 * @param reindexOnStartup whether to rebuild the index at every start, not only when it
 * is empty
 * @param maxQueryLength the most characters of a query that are searched for; the rest is
 * dropped, and the reader told
 * @param maxQueryWords the most words of a query that are searched for
 * @param maxDepth how deep relevance-ranked results can be paged (sorted by date or title
 * they page to the end)
 * @param backend where the index lives: {@code lucene} (embedded, under {@code location})
 * or {@code opensearch} (a cluster, see {@code cluster})
 * @param indexName the name of the index (on a cluster, several installations can share
 * one cluster with different names)
 * @param coordination how several instances of the application on one database keep the
 * index in step: {@code none} (one instance), or {@code outbox-polling} (every change is
 * written to an outbox table in the database and indexed by whichever instance picks it
 * up)
 * @param cluster the OpenSearch cluster of the {@code opensearch} backend
 */
@ConfigurationProperties("colophon.search")
record SearchProperties(@DefaultValue("data/search") Path location, @DefaultValue("false") boolean reindexOnStartup,
		@DefaultValue("500") int maxQueryLength, @DefaultValue("32") int maxQueryWords,
		@DefaultValue("1000") int maxDepth, @DefaultValue("lucene") Backend backend,
		@DefaultValue("chapter") String indexName, @DefaultValue("none") Coordination coordination,
		@DefaultValue Cluster cluster) {

	/** Where the index lives. */
	enum Backend {

		/** An embedded Lucene index in a folder of this machine. */
		LUCENE,

		/** An OpenSearch (or Elasticsearch) cluster, over HTTP. */
		OPENSEARCH

	}

	/** How instances that share a database share index changes. */
	enum Coordination {

		/** Each instance indexes the changes it makes itself. */
		NONE,

		/** Changes go through an outbox table in the shared database. */
		OUTBOX_POLLING

	}

	/**
	 * The OpenSearch cluster.
	 *
	 * @param uris the addresses of its nodes, such as {@code https://search:9200}
	 * @param username the user to sign in as (blank for none)
	 * @param password that user's password
	 */
	record Cluster(@DefaultValue("http://localhost:9200") List<URI> uris, String username, String password) {

		boolean signsIn() {
			return this.username != null && !this.username.isBlank();
		}

	}

}
