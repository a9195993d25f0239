package org.colophon;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Entry point of the Colophon publishing platform.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ColophonApplication {

	/**
	 * System property that makes the application record its start-up steps (bean
	 * creation, context refresh, ...) to find where start-up time goes.
	 */
	static final String RECORD_STEPS = "colophon.startup.record-steps";

	private static final int STEPS_KEPT = 50_000;

	public static void main(String[] args) {
		if (args.length > 0 && "import".equals(args[0])) {
			System.exit(importFiles(args));
		}
		SpringApplication application = new SpringApplication(ColophonApplication.class);
		if (Boolean.getBoolean(RECORD_STEPS)) {
			// Read by the startup actuator endpoint and logged by system's StartupReport.
			application.setApplicationStartup(new BufferingApplicationStartup(STEPS_KEPT));
		}
		application.run(args);
	}

	/**
	 * {@code java -jar colophon.jar import PATH…}: the application without its HTTP
	 * server or seed load, which imports the files and exits (status 1 when a file
	 * failed).
	 */
	private static int importFiles(String[] args) {
		SpringApplication application = new SpringApplication(ColophonApplication.class);
		// The index is written behind the stored books rather than committed with each
		// one;
		// what is queued is written before the command exits.
		application.setDefaultProperties(Map.of("server.port", "-1", "colophon.seeds.load-on-startup", "false",
				"colophon.imports.command", "true", "spring.main.banner-mode", "off",
				"spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy", "async"));
		return SpringApplication.exit(application.run(args));
	}

}
