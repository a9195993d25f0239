package org.colophon.library;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.colophon.catalogue.ChapterInfo;
import org.colophon.citation.OaiMetadataFormat;
import org.springframework.stereotype.Component;

/**
 * The {@code marc21} metadata format of the OAI-PMH repository: each chapter as its
 * MARCXML record.
 */
@Component
class Marc21Format implements OaiMetadataFormat {

	private final MarcRecords records = new MarcRecords();

	@Override
	public String prefix() {
		return "marc21";
	}

	@Override
	public String schema() {
		return MarcXml.SCHEMA;
	}

	@Override
	public String namespace() {
		return MarcXml.NS;
	}

	@Override
	public void write(XMLStreamWriter writer, ChapterInfo chapter, String site) throws XMLStreamException {
		MarcXml.record(writer, this.records.chapter(chapter, site), true);
	}

}
