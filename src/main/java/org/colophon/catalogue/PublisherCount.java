package org.colophon.catalogue;

/**
 * A publisher's name as the books give it and how many named books it published.
 */
public record PublisherCount(String publisher, long books) {

}
