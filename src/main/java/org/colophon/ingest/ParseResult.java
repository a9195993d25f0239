package org.colophon.ingest;

import java.util.List;

/**
 * The outcome of parsing one capture: either a chapter, or the reason the capture is not
 * one, and in both cases every problem met on the way.
 */
record ParseResult(ParsedCapture capture, String skipReason, List<Problem> problems) {

	ParseResult {
		problems = List.copyOf(problems);
	}

	static ParseResult chapter(ParsedCapture capture, List<Problem> problems) {
		return new ParseResult(capture, null, problems);
	}

	static ParseResult skipped(String reason, List<Problem> problems) {
		return new ParseResult(null, reason, problems);
	}

	boolean isChapter() {
		return this.capture != null;
	}

}
