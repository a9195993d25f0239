package org.colophon.imports;

/**
 * Something wrong in an imported file, at a line ({@code 0} when no line applies).
 */
public record ImportProblem(int line, String message) {
}
