package org.colophon.imports;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;

import org.colophon.links.Links;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The admin import API: {@code POST} a file as the request body (answered 202 with the
 * job), then {@code GET} the job for its progress and reports.
 */
@RestController
class ImportController {

	private final ImportJobs jobs;

	ImportController(ImportJobs jobs) {
		this.jobs = jobs;
	}

	@PostMapping(path = Links.API_IMPORTS, consumes = { MediaType.APPLICATION_XML_VALUE, "application/*+xml" })
	ResponseEntity<ImportJobJson> submitImport(@RequestParam(name = "name", defaultValue = "upload.xml") String name,
			InputStream body) throws IOException {
		ImportJob job = this.jobs.submit(name, body);
		String url = UriComponentsBuilder.fromPath(Links.API_IMPORT).buildAndExpand(job.id()).toUriString();
		return ResponseEntity.accepted().location(URI.create(url)).body(ImportJobJson.of(job, url));
	}

	@GetMapping(Links.API_IMPORT)
	ImportJobJson showImport(@PathVariable String id) {
		ImportJob job = this.jobs.find(id).orElseThrow(() -> new ImportNotFoundException(id));
		return ImportJobJson.of(job, UriComponentsBuilder.fromPath(Links.API_IMPORT).buildAndExpand(id).toUriString());
	}

	@ExceptionHandler(UploadTooLargeException.class)
	ProblemDetail tooLarge(UploadTooLargeException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, ex.getMessage());
		problem.setTitle("Upload too large");
		return problem;
	}

	/** A job as the API shows it. */
	record ImportJobJson(String id, String url, String status, String file, long bytesRead, long totalBytes,
			long records, List<ImportReport> reports) {

		static ImportJobJson of(ImportJob job, String url) {
			return new ImportJobJson(job.id(), url, job.status().name(), job.file(), job.bytesRead(), job.totalBytes(),
					job.records(), job.reports());
		}

	}

}
