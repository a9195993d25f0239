package org.colophon.library;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.marc4j.marc.ControlField;
import org.marc4j.marc.DataField;
import org.marc4j.marc.Record;
import org.marc4j.marc.Subfield;

/**
 * Writes marc4j records as MARCXML ("slim") into a StAX writer, so that the same code
 * writes a streamed collection and a record inside an OAI-PMH response.
 */
final class MarcXml {

	static final String NS = "http://www.loc.gov/MARC21/slim";

	static final String SCHEMA = "http://www.loc.gov/standards/marcxml/schema/MARC21slim.xsd";

	private static final String XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";

	private MarcXml() {
	}

	/**
	 * Opens a {@code collection} root element that declares the namespace and schema.
	 */
	static void startCollection(XMLStreamWriter writer) throws XMLStreamException {
		writer.writeStartElement("marc", "collection", NS);
		declare(writer);
	}

	/**
	 * Writes a record; a root record declares the namespace and schema itself.
	 */
	static void record(XMLStreamWriter writer, Record record, boolean root) throws XMLStreamException {
		writer.writeStartElement("marc", "record", NS);
		if (root) {
			declare(writer);
		}
		writer.writeStartElement("marc", "leader", NS);
		writer.writeCharacters(record.getLeader().marshal());
		writer.writeEndElement();
		for (ControlField field : record.getControlFields()) {
			writer.writeStartElement("marc", "controlfield", NS);
			writer.writeAttribute("tag", field.getTag());
			writer.writeCharacters(field.getData());
			writer.writeEndElement();
		}
		for (DataField field : record.getDataFields()) {
			writer.writeStartElement("marc", "datafield", NS);
			writer.writeAttribute("tag", field.getTag());
			writer.writeAttribute("ind1", String.valueOf(field.getIndicator1()));
			writer.writeAttribute("ind2", String.valueOf(field.getIndicator2()));
			for (Subfield subfield : field.getSubfields()) {
				writer.writeStartElement("marc", "subfield", NS);
				writer.writeAttribute("code", String.valueOf(subfield.getCode()));
				writer.writeCharacters(subfield.getData());
				writer.writeEndElement();
			}
			writer.writeEndElement();
		}
		writer.writeEndElement();
	}

	private static void declare(XMLStreamWriter writer) throws XMLStreamException {
		writer.writeNamespace("marc", NS);
		writer.writeNamespace("xsi", XSI_NS);
		writer.writeAttribute("xsi", XSI_NS, "schemaLocation", NS + " " + SCHEMA);
	}

}
