/**
 * Imports publishers' catalogue files (Crossref deposits) into the catalogue, from the
 * {@code import} command and the admin API, one book per transaction; and writes a book
 * back as a Crossref deposit.
 */
@ApplicationModule(allowedDependencies = { "catalogue", "citation", "links", "system" })
package org.colophon.imports;

import org.springframework.modulith.ApplicationModule;
