/**
 * The site's addresses: the path templates the request mappings declare and the links
 * built from them.
 */
@ApplicationModule(allowedDependencies = { "catalogue" })
package org.colophon.links;

import org.springframework.modulith.ApplicationModule;
