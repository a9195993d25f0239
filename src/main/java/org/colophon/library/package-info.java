/**
 * What libraries load into their systems: KBART title lists and MARC 21 records of the
 * whole platform and of what an institution is entitled to, and the institution
 * administrator's own pages.
 */
@ApplicationModule(allowedDependencies = { "access", "account", "catalogue", "citation", "counter", "links", "system" })
package org.colophon.library;

import org.springframework.modulith.ApplicationModule;
