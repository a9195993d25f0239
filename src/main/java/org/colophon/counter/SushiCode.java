package org.colophon.counter;

import org.springframework.http.HttpStatus;

/**
 * The COUNTER_SUSHI exceptions this server raises, with the code, message and HTTP status
 * the specification gives them. Those answered 200 travel in a report's header.
 */
enum SushiCode {

	INSUFFICIENT_INFORMATION(1030, "Insufficient Information to Process Request", HttpStatus.BAD_REQUEST),

	REQUESTOR_NOT_AUTHORIZED(2000, "Requestor Not Authorized to Access Service", HttpStatus.UNAUTHORIZED),

	NOT_AUTHORIZED_FOR_INSTITUTION(2010, "Requestor is Not Authorized to Access Usage for Institution",
			HttpStatus.FORBIDDEN),

	API_KEY_INVALID(2020, "APIKey Invalid", HttpStatus.UNAUTHORIZED),

	INVALID_DATES(3020, "Invalid Date Arguments", HttpStatus.BAD_REQUEST),

	NO_USAGE(3030, "No Usage Available for Requested Dates", HttpStatus.OK),

	USAGE_NOT_READY(3031, "Usage Not Ready for Requested Dates", HttpStatus.OK),

	PARAMETER_NOT_RECOGNIZED(3050, "Parameter Not Recognized in this Context", HttpStatus.OK),

	INVALID_FILTER(3060, "Invalid ReportFilter Value", HttpStatus.OK),

	INVALID_ATTRIBUTE(3062, "Invalid ReportAttribute Value", HttpStatus.OK);

	private final int code;

	private final String message;

	private final HttpStatus status;

	SushiCode(int code, String message, HttpStatus status) {
		this.code = code;
		this.message = message;
		this.status = status;
	}

	int code() {
		return this.code;
	}

	String message() {
		return this.message;
	}

	HttpStatus status() {
		return this.status;
	}

}
