/**
 * The catalogue: books, their chapters and contributors, and the queries that page
 * through them.
 */
@ApplicationModule(allowedDependencies = { "system" })
package org.colophon.catalogue;

import org.springframework.modulith.ApplicationModule;
