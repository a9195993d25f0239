/**
 * Ingest of seed captures: the pure capture parser, the loader that stores each file in
 * its own transaction, and the report of what each file gave.
 */
@ApplicationModule(allowedDependencies = { "catalogue", "content", "system" })
package org.colophon.ingest;

import org.springframework.modulith.ApplicationModule;
