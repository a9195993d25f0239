package org.colophon.counter;

/**
 * An exception in a report's header: how the usage presented differs from what was asked.
 *
 * @param data the details, e.g. the parameters ignored or the month not complete
 */
public record ReportNotice(int code, String message, String data) {

	static ReportNotice of(SushiCode code, String data) {
		return new ReportNotice(code.code(), code.message(), data);
	}

}
