/**
 * Imports publishers' catalogue files (Crossref deposits) into the catalogue: from the
 * {@code import} command and the admin API, one book per transaction.
 */
@ApplicationModule(allowedDependencies = { "catalogue", "links", "system" })
package org.colophon.imports;

import org.springframework.modulith.ApplicationModule;
