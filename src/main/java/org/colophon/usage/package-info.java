/**
 * Usage: every full-text request, granted or turned away, kept as a usage event for
 * reports.
 */
package org.colophon.usage;
