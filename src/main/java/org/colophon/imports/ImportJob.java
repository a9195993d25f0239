package org.colophon.imports;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One import started through the admin API: where it is, and its reports once done.
 */
final class ImportJob implements ImportProgress {

	private final String id;

	private final String file;

	private volatile Status status = Status.QUEUED;

	private volatile long bytesRead;

	private volatile long totalBytes = -1;

	private volatile long records;

	private final List<ImportReport> reports = new CopyOnWriteArrayList<>();

	ImportJob(String id, String file) {
		this.id = id;
		this.file = file;
	}

	@Override
	public void update(String file, long bytesRead, long totalBytes, long records) {
		this.bytesRead = bytesRead;
		this.totalBytes = totalBytes;
		this.records = records;
	}

	void start() {
		this.status = Status.RUNNING;
	}

	void finish(List<ImportReport> reports) {
		this.reports.addAll(reports);
		this.status = Status.DONE;
	}

	String id() {
		return this.id;
	}

	String file() {
		return this.file;
	}

	Status status() {
		return this.status;
	}

	long bytesRead() {
		return this.bytesRead;
	}

	long totalBytes() {
		return this.totalBytes;
	}

	long records() {
		return this.records;
	}

	List<ImportReport> reports() {
		return List.copyOf(this.reports);
	}

	/** Where a job is. */
	enum Status {

		QUEUED, RUNNING, DONE

	}

}
