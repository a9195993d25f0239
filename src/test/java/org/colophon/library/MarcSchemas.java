package org.colophon.library;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.xml.sax.SAXException;

/**
 * Validates XML against the official MARC 21 slim schema, together with the OAI-PMH 2.0
 * schema for records inside harvesting responses; both are local copies without imports,
 * so nothing is fetched.
 */
final class MarcSchemas {

	private static final Schema SCHEMA = load();

	private MarcSchemas() {
	}

	/**
	 * @throws SAXException with the first violation
	 */
	static void validate(byte[] xml) throws SAXException, IOException {
		SCHEMA.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
	}

	private static Schema load() {
		try {
			SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
			return factory.newSchema(new StreamSource[] { source("MARC21slim.xsd"), source("OAI-PMH.xsd") });
		}
		catch (SAXException ex) {
			throw new IllegalStateException("Could not load the MARC 21 and OAI-PMH schemas", ex);
		}
	}

	private static StreamSource source(String name) {
		return new StreamSource(MarcSchemas.class.getResourceAsStream(name),
				MarcSchemas.class.getResource(name).toString());
	}

}
