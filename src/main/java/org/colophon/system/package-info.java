/**
 * Cross-cutting concerns: security and headers, the clock, error pages and web
 * configuration.
 */
package org.colophon.system;
