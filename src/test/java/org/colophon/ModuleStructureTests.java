package org.colophon;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules and the arrows between them: no cycles, no reach into another module's
 * internals, and only the dependencies each module declares. Writes the module
 * documentation to {@code docs/modules}.
 */
class ModuleStructureTests {

	private static final Path DOCS = Path.of("docs", "modules");

	private static final ApplicationModules modules = ApplicationModules.of(ColophonApplication.class);

	@Test
	void modulesKeepTheirBoundaries() {
		modules.verify();
	}

	@Test
	void writesTheModuleDocumentation() {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules")).writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
	}

}
