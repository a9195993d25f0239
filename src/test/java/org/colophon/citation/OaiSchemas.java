package org.colophon.citation;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.w3c.dom.bootstrap.DOMImplementationRegistry;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.SAXException;

/**
 * Validates XML against the official OAI-PMH 2.0 and oai_dc schemas, read from the test
 * resources: the schemas' remote imports are mapped to local copies, so nothing is
 * fetched.
 */
final class OaiSchemas {

	private static final Map<String, String> LOCAL = Map.of("OAI-PMH.xsd", "OAI-PMH.xsd", "oai_dc.xsd", "oai_dc.xsd",
			"dc.xsd", "simpledc20021212.xsd", "xml.xsd", "xml.xsd");

	private static final Schema SCHEMA = load();

	private OaiSchemas() {
	}

	/**
	 * @throws SAXException with the first violation
	 */
	static void validate(String xml) throws SAXException, IOException {
		SCHEMA.newValidator().validate(new StreamSource(new StringReader(xml)));
	}

	private static Schema load() {
		try {
			DOMImplementationLS ls = (DOMImplementationLS) DOMImplementationRegistry.newInstance()
				.getDOMImplementation("LS");
			SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
			factory.setResourceResolver((type, namespace, publicId, systemId, baseUri) -> {
				String name = systemId.substring(systemId.lastIndexOf('/') + 1);
				String local = LOCAL.get(name);
				if (local == null) {
					throw new IllegalStateException("No local copy of schema " + systemId);
				}
				LSInput input = ls.createLSInput();
				input.setByteStream(stream(local));
				input.setSystemId(OaiSchemas.class.getResource(local).toString());
				input.setPublicId(publicId);
				return input;
			});
			return factory.newSchema(new StreamSource[] {
					new StreamSource(stream("OAI-PMH.xsd"), OaiSchemas.class.getResource("OAI-PMH.xsd").toString()),
					new StreamSource(stream("oai_dc.xsd"), OaiSchemas.class.getResource("oai_dc.xsd").toString()) });
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not load the OAI-PMH schemas", ex);
		}
	}

	private static InputStream stream(String name) {
		InputStream in = OaiSchemas.class.getResourceAsStream(name);
		if (in == null) {
			throw new UncheckedIOException(new IOException("Missing test resource " + name));
		}
		return in;
	}

}
