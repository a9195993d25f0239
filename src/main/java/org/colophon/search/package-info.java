/**
 * Search: the full-text index of the catalogue (Hibernate Search: Lucene embedded, or an
 * OpenSearch cluster), kept in step with every change, and the queries, facets,
 * highlights and suggestions over it.
 */
@ApplicationModule(allowedDependencies = { "catalogue", "access", "system" })
package org.colophon.search;

import org.springframework.modulith.ApplicationModule;
