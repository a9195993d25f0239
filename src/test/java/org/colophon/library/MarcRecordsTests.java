package org.colophon.library;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamWriter;

import org.colophon.catalogue.BookDetails;
import org.colophon.catalogue.BookInfo;
import org.colophon.catalogue.ChapterDetails;
import org.colophon.catalogue.ChapterInfo;
import org.colophon.catalogue.Contributor;
import org.junit.jupiter.api.Test;
import org.marc4j.MarcStreamReader;
import org.marc4j.MarcStreamWriter;
import org.marc4j.marc.ControlField;
import org.marc4j.marc.DataField;
import org.marc4j.marc.Record;
import org.xml.sax.SAXException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MarcRecordsTests {

	private static final String SITE = "https://books.example.org";

	private static final BookInfo BOOK = new BookInfo("6e25aec0667874f0",
			new BookDetails("Stalin's Factories", "Terror\u0000 & <Work>", "Ridgeway Press", 2001),
			List.of("Introduction", "1. Moscow"), Instant.parse("2026-03-04T05:06:07Z"));

	private static final ChapterInfo CHAPTER = new ChapterInfo("90609dfc5ebe730d",
			new ChapterDetails("1", "The Great Terror\non the Local Level", null, null,
					List.of(new Contributor("Wendy Goldman", "Carnegie Mellon University"),
							new Contributor("Ada Lovelace", null)),
					LocalDate.of(2010, 6, 1), "Summary", List.of("First.", "Second \u001f part."), "Chapter", "10",
					"30", true, null, List.of(), null),
			BOOK, Instant.parse("2026-03-05T00:00:00Z"));

	private final MarcRecords records = new MarcRecords();

	@Test
	void describesABookAsAnOnlineMonographWithItsLandingPage() {
		Record record = this.records.book(BOOK, SITE);

		assertThat(record.getLeader().marshal()).hasSize(24).startsWith("00000nam");
		assertThat(record.getControlNumber()).isEqualTo("6e25aec0667874f0");
		assertThat(control(record, "005")).isEqualTo("20260304050607.0");
		assertThat(control(record, "008")).hasSize(40).startsWith("260304s2001").contains("und");
		assertThat(subfield(record, "245", 'a')).isEqualTo("Stalin's Factories");
		assertThat(subfield(record, "245", 'b')).isEqualTo("Terror & <Work>");
		assertThat(subfield(record, "264", 'b')).isEqualTo("Ridgeway Press");
		assertThat(subfield(record, "264", 'c')).isEqualTo("2001");
		assertThat(subfield(record, "505", 'a')).isEqualTo("Introduction -- 1. Moscow");
		assertThat(subfield(record, "856", 'u')).isEqualTo(SITE + "/books/6e25aec0667874f0/stalin-s-factories");
		DataField link = (DataField) record.getVariableField("856");
		assertThat(List.of(link.getIndicator1(), link.getIndicator2())).containsExactly('4', '0');
	}

	@Test
	void carriesTheIsbnsAndDoisAndSuppliesATitleForAnUnnamedBook() throws Exception {
		BookInfo identified = new BookInfo("b1", new BookDetails("Identified", null, "Registry Press", 2019,
				"10.5555/Book.7", "9780306406157", "0-306-40615-2"), List.of(), Instant.parse("2026-03-04T05:06:07Z"));
		Record book = this.records.book(identified, SITE);
		assertThat(book.getVariableFields("020")).extracting((field) -> ((DataField) field).getSubfieldsAsString("aq"))
			.containsExactly("9780306406157print", "9780306406157online");
		assertThat(subfield(book, "024", 'a')).isEqualTo("10.5555/book.7");
		assertThat(subfield(book, "024", '2')).isEqualTo("doi");

		BookInfo unnamed = new BookInfo("b2", new BookDetails(null, null, "Registry Press", 2019), List.of(),
				Instant.parse("2026-03-04T05:06:07Z"));
		ChapterInfo chapter = new ChapterInfo("c2", CHAPTER.details(), unnamed, Instant.parse("2026-03-05T00:00:00Z"));
		assertThat(subfield(this.records.book(unnamed, SITE), "245", 'a')).isEqualTo(MarcRecords.UNNAMED_BOOK);
		assertThat(subfield(this.records.chapter(chapter, SITE), "773", 't')).isEqualTo(MarcRecords.UNNAMED_BOOK);
		MarcSchemas.validate(collection(book, this.records.book(unnamed, SITE), this.records.chapter(chapter, SITE)));
	}

	@Test
	void describesAChapterAsAComponentPartOfItsBook() {
		Record record = this.records.chapter(CHAPTER, SITE);

		assertThat(record.getLeader().marshal()).startsWith("00000naa");
		assertThat(control(record, "008")).startsWith("260305s2010");
		assertThat(subfield(record, "100", 'a')).isEqualTo("Wendy Goldman");
		assertThat(subfield(record, "100", 'u')).isEqualTo("Carnegie Mellon University");
		assertThat(((DataField) record.getVariableField("245")).getIndicator1()).isEqualTo('1');
		assertThat(subfield(record, "245", 'a')).isEqualTo("The Great Terror on the Local Level");
		assertThat(subfield(record, "300", 'a')).isEqualTo("1 online resource (pages 10-30)");
		assertThat(subfield(record, "520", 'a')).isEqualTo("First. Second  part.");
		assertThat(subfield(record, "700", 'a')).isEqualTo("Ada Lovelace");
		assertThat(subfield(record, "773", 't')).isEqualTo("Stalin's Factories: Terror & <Work>");
		assertThat(subfield(record, "773", 'w')).isEqualTo("6e25aec0667874f0");
		assertThat(subfield(record, "856", 'u'))
			.isEqualTo(SITE + "/chapters/90609dfc5ebe730d/the-great-terror-on-the-local-level");
	}

	@Test
	void cutsAValueToFitAnIso2709Field() {
		String cut = MarcRecords.clean("\u00e9".repeat(6000));

		assertThat(cut.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(9000);
		assertThat(cut).endsWith("\u2026");
	}

	@Test
	void recordsSurviveIso2709() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		MarcStreamWriter writer = new MarcStreamWriter(out, "UTF-8");
		writer.write(this.records.book(BOOK, SITE));
		writer.write(this.records.chapter(CHAPTER, SITE));
		writer.close();

		MarcStreamReader reader = new MarcStreamReader(new ByteArrayInputStream(out.toByteArray()), "UTF-8");
		Record book = reader.next();
		Record chapter = reader.next();
		assertThat(reader.hasNext()).isFalse();
		assertThat(book.getLeader().getCharCodingScheme()).isEqualTo('a');
		assertThat(subfield(book, "245", 'b')).isEqualTo("Terror & <Work>");
		assertThat(subfield(chapter, "100", 'a')).isEqualTo("Wendy Goldman");
	}

	@Test
	void marcXmlIsValidAgainstTheSchema() throws Exception {
		MarcSchemas.validate(collection(this.records.book(BOOK, SITE), this.records.chapter(CHAPTER, SITE)));
	}

	@Test
	void schemaCheckRejectsABrokenRecord() {
		Record broken = this.records.book(BOOK, SITE);
		broken.getLeader().setCharCodingScheme('\u00e9');

		assertThatThrownBy(() -> MarcSchemas.validate(collection(broken))).isInstanceOf(SAXException.class);
	}

	static byte[] collection(Record... records) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		XMLStreamWriter writer = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
		writer.writeStartDocument("UTF-8", "1.0");
		MarcXml.startCollection(writer);
		for (Record record : records) {
			MarcXml.record(writer, record, false);
		}
		writer.writeEndElement();
		writer.writeEndDocument();
		writer.close();
		return out.toByteArray();
	}

	static String control(Record record, String tag) {
		return ((ControlField) record.getVariableField(tag)).getData();
	}

	static String subfield(Record record, String tag, char code) {
		return ((DataField) record.getVariableField(tag)).getSubfield(code).getData();
	}

}
