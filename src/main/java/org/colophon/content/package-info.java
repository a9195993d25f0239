/**
 * Full text: the content store, the files attached to chapters, and serving them under
 * the access decision.
 */
@ApplicationModule(allowedDependencies = { "access", "catalogue", "system" })
package org.colophon.content;

import org.springframework.modulith.ApplicationModule;
