package org.colophon.search;

import java.nio.file.Path;

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
 */
@ConfigurationProperties("colophon.search")
record SearchProperties(@DefaultValue("data/search") Path location, @DefaultValue("false") boolean reindexOnStartup,
		@DefaultValue("500") int maxQueryLength, @DefaultValue("32") int maxQueryWords,
		@DefaultValue("1000") int maxDepth) {

}
