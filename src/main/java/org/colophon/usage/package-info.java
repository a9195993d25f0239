/**
 * Usage: every full-text request, granted or turned away, kept as a usage event for
 * reports.
 */
@ApplicationModule(allowedDependencies = { "access", "content" })
package org.colophon.usage;

import org.springframework.modulith.ApplicationModule;
