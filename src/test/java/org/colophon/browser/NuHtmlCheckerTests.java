package org.colophon.browser;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NuHtmlCheckerTests {

	@Test
	void acceptsAValidDocument() {
		assertThat(NuHtmlChecker.errors("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
				+ "<title>T</title></head><body><main><h1>Hi</h1></main></body></html>"))
			.isEmpty();
	}

	@Test
	void reportsAnInvalidDocument() {
		assertThat(NuHtmlChecker.errors("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"></head>"
				+ "<body><ul aria-label=\"x\"><div>no</div></ul></body></html>"))
			.isNotEmpty();
	}

}
