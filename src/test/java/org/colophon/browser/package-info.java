/**
 * Tests of the pages as readers meet them: in a real browser, through
 * assistive-technology checks, the HTML checker and on the wire.
 */
package org.colophon.browser;
