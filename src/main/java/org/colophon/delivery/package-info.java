/**
 * Saving chapters to Kindle, Dropbox and Google Drive: settings, delivery records and
 * their workers.
 */
@ApplicationModule(allowedDependencies = { "access", "account", "catalogue", "content", "system" })
package org.colophon.delivery;

import org.springframework.modulith.ApplicationModule;
