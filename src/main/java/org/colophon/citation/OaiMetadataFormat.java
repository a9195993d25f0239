package org.colophon.citation;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.colophon.catalogue.ChapterInfo;

/**
 * A metadata format the OAI-PMH repository offers besides {@code oai_dc}, contributed as
 * a bean by the module that knows the format, so that citation need not know it.
 */
public interface OaiMetadataFormat {

	/** The {@code metadataPrefix} harvesters ask for, such as {@code marc21}. */
	String prefix();

	/** Where the format's XML schema is published. */
	String schema();

	/** The namespace of the format's root element. */
	String namespace();

	/**
	 * Writes the chapter's record as the content of an OAI-PMH {@code metadata} element:
	 * one root element that declares its own namespaces.
	 * @param site the site's base URL, without a trailing slash
	 */
	void write(XMLStreamWriter writer, ChapterInfo chapter, String site) throws XMLStreamException;

}
