package org.colophon.delivery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.colophon.access.AdminService;
import org.colophon.account.Reader;
import org.colophon.account.ReaderPrincipal;
import org.colophon.catalogue.BookDetails;
import org.colophon.catalogue.CatalogueFixtures;
import org.colophon.catalogue.CatalogueService;
import org.colophon.catalogue.StoreOutcome;
import org.colophon.content.ContentFormat;
import org.colophon.content.ContentService;

/**
 * A chapter with a PDF and readers with or without an entitlement to it, for delivery
 * tests.
 */
final class DeliveryFixtures {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes();

	private DeliveryFixtures() {
	}

	record Chapter(String id, String bookId, String path) {
	}

	static Chapter chapterWithPdf(CatalogueService catalogue, ContentService content, String name) {
		StoreOutcome stored = catalogue.store("delivery-" + name + "-" + UUID.randomUUID(), "hash",
				new BookDetails("Delivery book " + name, null, "Test Press", 2020), List.of(),
				CatalogueFixtures.chapter("3", "Saving " + name, "10"));
		try {
			Path pdf = Files.createTempFile("chapter", ".pdf");
			Files.write(pdf, PDF);
			content.attach(stored.chapterId(), ContentFormat.PDF, pdf);
			Files.delete(pdf);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new Chapter(stored.chapterId(), stored.bookId(),
				"/chapters/" + stored.chapterId() + "/" + catalogue.chapter(stored.chapterId()).slug());
	}

	static ReaderPrincipal entitledReader(AdminService admin, Chapter chapter) {
		ReaderPrincipal reader = reader(admin);
		admin.createEntitlement(null, reader.id(), chapter.bookId(), null, null, null);
		return reader;
	}

	static ReaderPrincipal reader(AdminService admin) {
		String email = "reader-" + UUID.randomUUID() + "@colophon.test";
		Reader reader = admin.createReader(email, "a long enough password", null, null);
		return new ReaderPrincipal(reader.getId(), email, "unused", reader.getRole());
	}

}
