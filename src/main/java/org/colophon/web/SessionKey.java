package org.colophon.web;

/**
 * A key that groups one visitor's requests of one day without storing who they are, as
 * usage reports count sessions; a handler gets it by declaring a parameter of this type.
 */
record SessionKey(String value) {
}
