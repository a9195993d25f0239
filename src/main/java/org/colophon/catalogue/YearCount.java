package org.colophon.catalogue;

/**
 * A print year and how many named books were printed in it.
 */
public record YearCount(int year, long books) {

}
