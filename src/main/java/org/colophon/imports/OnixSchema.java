package org.colophon.imports;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.xml.sax.SAXException;

/**
 * EDItEUR's ONIX for Books 3.0 reference-tag schema with its code lists, shipped under
 * {@code onix30/} and compiled once, offline (it includes only its own files).
 */
final class OnixSchema {

	/** The namespace of ONIX 3.0 reference tags. */
	static final String NAMESPACE = "http://ns.editeur.org/onix/3.0/reference";

	/** The namespace of ONIX 3.0 short tags, which this site does not read. */
	static final String SHORT_TAGS_NAMESPACE = "http://ns.editeur.org/onix/3.0/short";

	private OnixSchema() {
	}

	/** The compiled schema, compiled on first use. */
	static Schema schema() {
		return Compiled.SCHEMA;
	}

	/**
	 * The schema errors of a document, with their lines; empty when it is valid. Reads
	 * the document as a stream.
	 * @throws IOException when the document cannot be read
	 */
	static List<ImportProblem> validate(InputStream document) throws IOException {
		return SchemaValidation.validate(schema(), document);
	}

	private static Schema compile() {
		URL main = OnixSchema.class.getResource("/onix30/ONIX_BookProduct_3.0_reference.xsd");
		if (main == null) {
			throw new IllegalStateException("The ONIX schema is not on the class path");
		}
		try {
			SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
			factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			// Only the shipped files: from the class path in tests, from the nested jar
			// when packaged.
			factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar,nested");
			return factory.newSchema(main);
		}
		catch (SAXException ex) {
			throw new IllegalStateException("The shipped ONIX schema does not compile", ex);
		}
	}

	/**
	 * Holds the schema, compiled when first asked for (the class is initialised once).
	 */
	private static final class Compiled {

		static final Schema SCHEMA = compile();

	}

}
