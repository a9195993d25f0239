package org.colophon.imports;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar colophon.jar import PATH…}: imports the files and folders named, with
 * a progress bar on the error stream and one summary line per file on the output; the
 * exit status is 1 when a file failed, 2 when no path was named.
 */
@Component
@ConditionalOnProperty(name = "colophon.imports.command", havingValue = "true")
class ImportCommand implements ApplicationRunner, ExitCodeGenerator {

	private final ImportService imports;

	private final PrintStream out;

	private final PrintStream err;

	private int exitCode;

	@Autowired
	ImportCommand(ImportService imports) {
		this(imports, System.out, System.err);
	}

	ImportCommand(ImportService imports, PrintStream out, PrintStream err) {
		this.imports = imports;
		this.out = out;
		this.err = err;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<Path> paths = args.getNonOptionArgs()
			.stream()
			.dropWhile((arg) -> !arg.equals("import"))
			.skip(1)
			.map(Path::of)
			.toList();
		if (paths.isEmpty()) {
			this.err.println("usage: java -jar colophon.jar import PATH...");
			this.exitCode = 2;
			return;
		}
		List<ImportReport> reports = this.imports.importPaths(paths, new ConsoleProgress(this.err, System::nanoTime));
		for (ImportReport report : reports) {
			this.out.println(report.summary());
			report.problems()
				.forEach((problem) -> this.out.println("  line " + problem.line() + ": " + problem.message()));
		}
		boolean failed = reports.stream()
			.anyMatch((report) -> report.status() == ImportReport.Status.FAILED || report.failed() > 0);
		this.exitCode = failed ? 1 : 0;
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
