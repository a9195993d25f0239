package org.colophon.counter;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.colophon.links.Links;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * COUNTER reports as tabular files (TSV or CSV) at stable addresses, for an institution's
 * or the whole platform's usage. Without dates, the last twelve months through the
 * current one.
 */
@RestController
class CounterDownloadController {

	private static final int DEFAULT_MONTHS = 12;

	private final CounterService counter;

	private final CounterTabular tabular;

	CounterDownloadController(CounterService counter, CounterTabular tabular) {
		this.counter = counter;
		this.tabular = tabular;
	}

	@GetMapping(Links.COUNTER_INSTITUTION_REPORT)
	ResponseEntity<byte[]> showInstitutionReport(@PathVariable long id, @PathVariable String report,
			@PathVariable String extension, @RequestParam(name = "begin_date", required = false) String begin,
			@RequestParam(name = "end_date", required = false) String end) {
		return file(this.counter.customer(id), report, extension, begin, end);
	}

	@GetMapping(Links.COUNTER_PLATFORM_REPORT)
	ResponseEntity<byte[]> showPlatformReport(@PathVariable String report, @PathVariable String extension,
			@RequestParam(name = "begin_date", required = false) String begin,
			@RequestParam(name = "end_date", required = false) String end) {
		return file(this.counter.world(), report, extension, begin, end);
	}

	@ExceptionHandler(SushiRequestException.class)
	ResponseEntity<ProblemDetail> handleBadDates(SushiRequestException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.data());
		problem.setTitle(ex.code().message());
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private ResponseEntity<byte[]> file(Customer customer, String report, String extension, String begin, String end) {
		ReportType type = ReportType.fromPath(report).orElseThrow(() -> new ReportNotFoundException(report));
		YearMonth current = this.counter.currentMonth();
		YearMonth last = (end != null) ? SushiRequests.month(end, false) : current;
		YearMonth first = (begin != null) ? SushiRequests.month(begin, true) : last.minusMonths(DEFAULT_MONTHS - 1);
		if (last.isAfter(current)) {
			last = current;
		}
		if (first.isAfter(last)) {
			throw new SushiRequestException(SushiCode.INVALID_DATES,
					"begin_date must not be after end_date or the current month");
		}
		boolean master = !type.isStandardView();
		ReportQuery query = new ReportQuery(type, first, last, Set.of(), Set.of(), List.of(), null, master, master,
				false, type == ReportType.IR, false);
		CounterReport computed = this.counter.report(customer, query, List.of());
		CounterTabular.Format format = CounterTabular.Format.of(extension);
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.parseMediaType(format.mediaType()), StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(this.tabular.fileName(computed, format))
						.build()
						.toString())
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(this.tabular.write(computed, format).getBytes(StandardCharsets.UTF_8));
	}

}
