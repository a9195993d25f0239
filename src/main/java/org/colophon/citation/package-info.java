/**
 * Citations for machines and people: meta tags, JSON-LD, exports in citation formats and
 * styles, signposting, OAI-PMH and the site map.
 */
package org.colophon.citation;
