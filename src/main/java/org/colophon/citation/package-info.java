/**
 * Citations for machines and people: meta tags, JSON-LD, exports in citation formats and
 * styles, signposting, OAI-PMH and the site map.
 */
@ApplicationModule(allowedDependencies = { "catalogue", "links", "system" })
package org.colophon.citation;

import org.springframework.modulith.ApplicationModule;
