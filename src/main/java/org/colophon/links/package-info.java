/**
 * The site's addresses: the path templates the request mappings declare and the links
 * built from them.
 */
package org.colophon.links;
