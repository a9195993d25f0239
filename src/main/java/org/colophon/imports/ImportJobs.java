package org.colophon.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Runs the imports the admin API was given, one at a time in the background, and keeps
 * the latest jobs for their progress and reports. Jobs live in memory: a restart forgets
 * them (the records they stored stay).
 */
@Service
class ImportJobs {

	private static final Logger logger = LoggerFactory.getLogger(ImportJobs.class);

	private final ImportService imports;

	private final ImportProperties properties;

	private final Map<String, ImportJob> jobs;

	private final ExecutorService worker = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "colophon-import");
		thread.setDaemon(true);
		return thread;
	});

	ImportJobs(ImportService imports, ImportProperties properties) {
		this.imports = imports;
		this.properties = properties;
		this.jobs = new LinkedHashMap<>(16, 0.75f, false) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, ImportJob> eldest) {
				return size() > properties.keptJobs() && eldest.getValue().status() == ImportJob.Status.DONE;
			}

		};
	}

	/**
	 * Copies the upload to a temporary file and queues its import.
	 * @throws UploadTooLargeException when the upload is larger than allowed (nothing is
	 * queued)
	 * @throws IOException when the upload cannot be kept
	 */
	ImportJob submit(String name, InputStream upload) throws IOException {
		Path file = Files.createTempFile("colophon-import-", ".upload");
		try {
			copy(upload, file);
		}
		catch (IOException | RuntimeException ex) {
			Files.deleteIfExists(file);
			throw ex;
		}
		ImportJob job = new ImportJob(UUID.randomUUID().toString(), name);
		synchronized (this.jobs) {
			this.jobs.put(job.id(), job);
		}
		this.worker.execute(() -> run(job, file));
		return job;
	}

	Optional<ImportJob> find(String id) {
		synchronized (this.jobs) {
			return Optional.ofNullable(this.jobs.get(id));
		}
	}

	private void run(ImportJob job, Path file) {
		job.start();
		try {
			job.finish(List.of(this.imports.importFile(file, job.file(), job)));
		}
		catch (RuntimeException ex) {
			logger.error("Import job {} failed", job.id(), ex);
			job.finish(List
				.of(ImportReport.refused(job.file(), null, "the import failed (the log has the details)", List.of())));
		}
		finally {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				logger.warn("Could not delete the upload of import job {}", job.id(), ex);
			}
		}
	}

	private void copy(InputStream upload, Path file) throws IOException {
		long limit = this.properties.maxUploadSize().toBytes();
		long total = 0;
		byte[] buffer = new byte[64 * 1024];
		try (OutputStream out = Files.newOutputStream(file)) {
			int n;
			while ((n = upload.read(buffer)) > 0) {
				total += n;
				if (total > limit) {
					throw new UploadTooLargeException(limit);
				}
				out.write(buffer, 0, n);
			}
		}
	}

	@PreDestroy
	void stop() {
		this.worker.shutdownNow();
	}

}
