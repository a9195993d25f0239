/**
 * Saving chapters to Kindle, Dropbox and Google Drive: settings, delivery records and
 * their workers.
 */
package org.colophon.delivery;
