package org.colophon.counter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.colophon.links.Links;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The COUNTER_SUSHI API 5.1 under {@code /sushi/r51/}: the server's status (public), the
 * member list, the report list and the reports, for the customer whose credentials come
 * with the request.
 */
@RestController
class SushiController {

	private final SushiCredentialService credentials;

	private final CounterService counter;

	private final SushiRequests requests;

	private final SushiJson json;

	SushiController(SushiCredentialService credentials, CounterService counter, SushiRequests requests,
			SushiJson json) {
		this.credentials = credentials;
		this.counter = counter;
		this.requests = requests;
		this.json = json;
	}

	@GetMapping(Links.SUSHI + "/status")
	List<Map<String, Object>> showStatus() {
		Map<String, Object> status = new LinkedHashMap<>();
		status.put("Description", "COUNTER Release 5.1 usage reports of the platform's books and chapters.");
		status.put("Service_Active", true);
		status.put("Note", "Usage of the current month is reported as it stands so far (Exception 3031).");
		return List.of(status);
	}

	@GetMapping(Links.SUSHI + "/members")
	List<Map<String, Object>> listMembers(@RequestParam Map<String, String> parameters) {
		Customer customer = this.credentials.authenticate(parameters);
		Map<String, Object> member = new LinkedHashMap<>();
		member.put("Institution_Name", customer.name());
		member.put("Customer_ID", customer.customerId());
		return List.of(member);
	}

	@GetMapping(Links.SUSHI + "/reports")
	List<Map<String, Object>> listReports(@RequestParam Map<String, String> parameters) {
		Customer customer = this.credentials.authenticate(parameters);
		String first = this.counter.firstMonthAvailable(customer).toString();
		String last = this.counter.currentMonth().toString();
		List<Map<String, Object>> reports = new ArrayList<>();
		for (ReportType type : ReportType.values()) {
			Map<String, Object> report = new LinkedHashMap<>();
			report.put("Report_Name", type.reportName());
			report.put("Report_ID", type.name());
			report.put("Release", "5.1");
			report.put("Report_Description", type.description());
			report.put("Path", "/r51/reports/" + type.path());
			report.put("First_Month_Available", first);
			report.put("Last_Month_Available", last);
			reports.add(report);
		}
		return reports;
	}

	@GetMapping(Links.SUSHI_REPORT)
	Map<String, Object> showReport(@PathVariable String id, @RequestParam Map<String, String> parameters) {
		ReportType type = ReportType.fromPath(id).orElseThrow(() -> new ReportNotFoundException(id));
		Customer customer = this.credentials.authenticate(parameters);
		List<ReportNotice> notices = new ArrayList<>();
		ReportQuery query = this.requests.query(type, parameters, this.counter.currentMonth(), notices);
		return this.json.report(this.counter.report(customer, query, notices));
	}

	@ExceptionHandler(SushiRequestException.class)
	ResponseEntity<Map<String, Object>> handleRefusal(SushiRequestException ex) {
		return ResponseEntity.status(ex.code().status()).body(this.json.exception(ex.code(), ex.data()));
	}

}
