/**
 * Usage: every full-text request, granted or turned away, kept as a usage event for
 * reports, and every search run on the search page, kept as a search event; both written
 * in batches by {@code UsageLog}, whose {@code flush} readers of the events call first.
 */
@ApplicationModule(allowedDependencies = { "access", "content", "search" })
package org.colophon.usage;

import org.springframework.modulith.ApplicationModule;
