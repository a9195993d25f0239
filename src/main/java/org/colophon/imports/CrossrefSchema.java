package org.colophon.imports;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.SAXException;

/**
 * Crossref's official deposit schema 5.3.1, shipped under {@code crossref/} and compiled
 * once, offline: its one absolute import (MathML 3 at w3.org) is resolved to the shipped
 * copy, and nothing is ever fetched.
 */
final class CrossrefSchema {

	/** The namespace of the schema version shipped. */
	static final String NAMESPACE = "http://www.crossref.org/schema/5.3.1";

	private static final String MATHML = "http://www.w3.org/Math/XMLSchema/mathml3/mathml3.xsd";

	private CrossrefSchema() {
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
		URL main = resource("crossref5.3.1.xsd");
		try {
			SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
			factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			// Only the shipped files: from the class path in tests, from the nested jar
			// when
			// packaged.
			factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar,nested");
			factory.setResourceResolver(new ShippedResources());
			return factory.newSchema(main);
		}
		catch (SAXException ex) {
			throw new IllegalStateException("The shipped Crossref schema does not compile", ex);
		}
	}

	private static URL resource(String name) {
		URL url = CrossrefSchema.class.getResource("/crossref/" + name);
		if (url == null) {
			throw new IllegalStateException("The Crossref schema file " + name + " is not on the class path");
		}
		return url;
	}

	/**
	 * Resolves the absolute MathML import to the shipped copy; relative ones resolve
	 * themselves.
	 */
	private static final class ShippedResources implements LSResourceResolver {

		@Override
		public LSInput resolveResource(String type, String namespace, String publicId, String systemId,
				String baseUri) {
			if (!MATHML.equals(systemId)) {
				return null;
			}
			URL local = resource("standard-modules/mathml3/mathml3.xsd");
			return new LocalInput(local.toExternalForm());
		}

	}

	/** An {@link LSInput} that names a local file by its system id. */
	private record LocalInput(String getSystemId) implements LSInput {

		@Override
		public java.io.Reader getCharacterStream() {
			return null;
		}

		@Override
		public void setCharacterStream(java.io.Reader characterStream) {
		}

		@Override
		public InputStream getByteStream() {
			return null;
		}

		@Override
		public void setByteStream(InputStream byteStream) {
		}

		@Override
		public String getStringData() {
			return null;
		}

		@Override
		public void setStringData(String stringData) {
		}

		@Override
		public void setSystemId(String systemId) {
		}

		@Override
		public String getPublicId() {
			return null;
		}

		@Override
		public void setPublicId(String publicId) {
		}

		@Override
		public String getBaseURI() {
			return null;
		}

		@Override
		public void setBaseURI(String baseURI) {
		}

		@Override
		public String getEncoding() {
			return null;
		}

		@Override
		public void setEncoding(String encoding) {
		}

		@Override
		public boolean getCertifiedText() {
			return false;
		}

		@Override
		public void setCertifiedText(boolean certifiedText) {
		}

	}

	/**
	 * Holds the schema, compiled when first asked for (the class is initialised once).
	 */
	private static final class Compiled {

		static final Schema SCHEMA = compile();

	}

}
