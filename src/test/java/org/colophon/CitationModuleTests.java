package org.colophon;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The citation module depends on the catalogue and on the cross-cutting {@code system}
 * module (which knows no feature) only: never on the pages, access, delivery or ingest.
 */
class CitationModuleTests {

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.colophon");

	@Test
	void citationDependsOnTheCatalogueOnly() {
		noClasses().that()
			.resideInAPackage("org.colophon.citation..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.colophon.web..", "org.colophon.access..", "org.colophon.delivery..",
					"org.colophon.ingest..")
			.check(this.classes);
	}

	@Test
	void catalogueDoesNotKnowCitations() {
		noClasses().that()
			.resideInAPackage("org.colophon.catalogue..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.colophon.citation..")
			.check(this.classes);
	}

}
