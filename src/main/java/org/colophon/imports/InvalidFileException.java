package org.colophon.imports;

import java.util.List;

/**
 * A file that cannot be imported as a whole: not well-formed, not valid against its
 * schema, or holding a record that cannot be stored as described.
 */
class InvalidFileException extends Exception {

	private final transient List<ImportProblem> problems;

	InvalidFileException(List<ImportProblem> problems) {
		super(problems.isEmpty() ? "invalid file" : problems.get(0).message());
		this.problems = List.copyOf(problems);
	}

	InvalidFileException(int line, String message) {
		this(List.of(new ImportProblem(line, message)));
	}

	List<ImportProblem> problems() {
		return this.problems;
	}

}
