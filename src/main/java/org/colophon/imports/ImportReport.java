package org.colophon.imports;

import java.util.List;

/**
 * What importing one file did: its format, and how many records (books and chapters) were
 * created, updated, left unchanged or failed, with the problems found. A file that was
 * refused whole stored nothing and says why in {@code reason}.
 */
public record ImportReport(String file, String format, Status status, String reason, int created, int updated,
		int unchanged, int failed, List<ImportProblem> problems) {

	public ImportReport {
		problems = List.copyOf(problems);
	}

	static ImportReport refused(String file, String format, String reason, List<ImportProblem> problems) {
		return new ImportReport(file, format, Status.FAILED, reason, 0, 0, 0, 0, problems);
	}

	/** One line for the console: the file, its format and its counts. */
	public String summary() {
		if (this.status == Status.FAILED && this.reason != null) {
			return this.file + ": failed, " + this.reason;
		}
		return String.format("%s (%s): %d created, %d updated, %d unchanged, %d failed", this.file, this.format,
				this.created, this.updated, this.unchanged, this.failed);
	}

	/** Whether the file was imported, or refused whole. */
	public enum Status {

		IMPORTED, FAILED

	}

}
