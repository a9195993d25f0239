package org.colophon.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.Validator;

import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Checks a document against a compiled schema offline, as a stream, and lists its errors
 * with their lines.
 */
final class SchemaValidation {

	private static final int MAX_PROBLEMS = 20;

	private SchemaValidation() {
	}

	/**
	 * The schema errors of a document, with their lines; empty when it is valid. Reads
	 * the document as a stream.
	 * @throws IOException when the document cannot be read
	 */
	static List<ImportProblem> validate(Schema schema, InputStream document) throws IOException {
		List<ImportProblem> problems = new ArrayList<>();
		Validator validator = schema.newValidator();
		try {
			validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
		}
		catch (SAXException ex) {
			throw new IllegalStateException("The JDK's validator refuses to be kept offline", ex);
		}
		validator.setErrorHandler(new ErrorHandler() {

			@Override
			public void warning(SAXParseException ex) {
				// warnings do not make a deposit invalid
			}

			@Override
			public void error(SAXParseException ex) throws SAXException {
				problems.add(new ImportProblem(Math.max(ex.getLineNumber(), 0), "not valid: " + ex.getMessage()));
				if (problems.size() >= MAX_PROBLEMS) {
					throw ex;
				}
			}

			@Override
			public void fatalError(SAXParseException ex) throws SAXException {
				problems
					.add(new ImportProblem(Math.max(ex.getLineNumber(), 0), "not well-formed XML: " + ex.getMessage()));
				throw ex;
			}

		});
		try {
			validator.validate(new StreamSource(document));
		}
		catch (SAXException ex) {
			if (problems.isEmpty()) {
				problems.add(new ImportProblem(0, "not valid: " + ex.getMessage()));
			}
		}
		return problems;
	}

}
