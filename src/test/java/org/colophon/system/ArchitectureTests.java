package org.colophon.system;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Module dependencies point one way: web on top; delivery, access, citation and ingest in the middle;
 * the catalogue at the bottom, knowing none of them.
 */
class ArchitectureTests {

	private static final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.colophon");

	@Test
	void nothingDependsOnTheWebLayer() {
		noClasses().that()
			.resideOutsideOfPackages("org.colophon.web..", "org.colophon")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.colophon.web..")
			.check(classes);
	}

	@Test
	void theCatalogueKnowsNoOtherModule() {
		noClasses().that()
			.resideInAPackage("org.colophon.catalogue..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.colophon.access..", "org.colophon.delivery..", "org.colophon.citation..",
					"org.colophon.ingest..", "org.colophon.web..", "org.colophon.system..")
			.check(classes);
	}

	@Test
	void accessKnowsNeitherDeliveryNorCitationNorIngest() {
		noClasses().that()
			.resideInAPackage("org.colophon.access..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.colophon.delivery..", "org.colophon.citation..", "org.colophon.ingest..")
			.check(classes);
	}

	@Test
	void citationAndIngestStayOutOfDelivery() {
		noClasses().that()
			.resideInAnyPackage("org.colophon.citation..", "org.colophon.ingest..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.colophon.delivery..")
			.check(classes);
	}

	@Test
	void deliveryDoesNotReachIntoCitationOrIngest() {
		noClasses().that()
			.resideInAPackage("org.colophon.delivery..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.colophon.citation..", "org.colophon.ingest..")
			.check(classes);
	}

}
