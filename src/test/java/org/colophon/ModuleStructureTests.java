package org.colophon;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

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
	void writesTheModuleDocumentation() throws IOException {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
		try (Stream<Path> files = Files.list(DOCS)) {
			for (Path diagram : files.filter((file) -> file.toString().endsWith(".puml")).toList()) {
				Files.write(diagram, inStableOrder(Files.readAllLines(diagram)));
			}
		}
		assertThat(DOCS.resolve("components.puml")).content().contains("Rel(");
	}

	/**
	 * The documenter writes components and relations in hash order; sorting each run of
	 * them keeps the committed diagrams unchanged from run to run, so that only a real
	 * change shows in a diff.
	 */
	private static List<String> inStableOrder(List<String> lines) {
		List<String> sorted = new ArrayList<>();
		List<String> run = new ArrayList<>();
		for (String line : lines) {
			if (line.stripLeading().startsWith("Rel(") || line.stripLeading().startsWith("Component(")) {
				run.add(line);
				continue;
			}
			run.sort(null);
			sorted.addAll(run);
			run.clear();
			sorted.add(line);
		}
		run.sort(null);
		sorted.addAll(run);
		return sorted;
	}

}
