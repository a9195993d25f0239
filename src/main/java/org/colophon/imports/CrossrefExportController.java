package org.colophon.imports;

import java.io.IOException;

import javax.xml.stream.XMLStreamException;

import jakarta.servlet.http.HttpServletResponse;

import org.colophon.imports.CrossrefExport.Deposit;
import org.colophon.links.Links;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A book and its chapters as a Crossref deposit, to register or update their DOIs.
 */
@RestController
class CrossrefExportController {

	private final CrossrefExport export;

	CrossrefExportController(CrossrefExport export) {
		this.export = export;
	}

	/**
	 * Streams the deposit straight to the response: it is checked before the first byte,
	 * so a missing or incomplete book still gets its problem answer.
	 */
	@GetMapping(path = Links.API_BOOK_CROSSREF, produces = MediaType.APPLICATION_XML_VALUE)
	void showCrossrefDeposit(@PathVariable String id, HttpServletResponse response)
			throws IOException, XMLStreamException {
		Deposit deposit = this.export.prepare(id);
		response.setContentType(MediaType.APPLICATION_XML_VALUE);
		deposit.writeTo(response.getOutputStream());
	}

	@ExceptionHandler(IncompleteBookException.class)
	ProblemDetail incomplete(IncompleteBookException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
		problem.setTitle("Not enough metadata for a deposit");
		return problem;
	}

}
