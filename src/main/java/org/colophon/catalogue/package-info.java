/**
 * The catalogue: publications, their chapters and contributors, and the queries that page
 * through them.
 */
package org.colophon.catalogue;
