/**
 * Imports publishers' catalogue files (Crossref deposits and ONIX 3.0 messages, whose
 * prices become purchase options) into the catalogue, from the {@code import} command and
 * the admin API, one book per transaction; and writes a book back as a Crossref deposit.
 */
@ApplicationModule(allowedDependencies = { "access", "catalogue", "citation", "links", "system" })
package org.colophon.imports;

import org.springframework.modulith.ApplicationModule;
