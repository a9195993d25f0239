/**
 * Full text: the content store, the files attached to chapters, and serving them under
 * the access decision.
 */
package org.colophon.content;
