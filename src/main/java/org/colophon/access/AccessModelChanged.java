package org.colophon.access;

/**
 * An administrator set the access model of a chapter ({@code chapter} true) or of a
 * publication and so of its chapters; published inside the transaction that stores it.
 */
public record AccessModelChanged(boolean chapter, String itemId) {

}
