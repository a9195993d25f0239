package org.colophon;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Entry point of the Colophon publishing platform.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ColophonApplication {

	public static void main(String[] args) {
		if (args.length > 0 && "import".equals(args[0])) {
			System.exit(importFiles(args));
		}
		SpringApplication.run(ColophonApplication.class, args);
	}

	/**
	 * {@code java -jar colophon.jar import PATH…}: the application without its HTTP
	 * server or seed load, which imports the files and exits (status 1 when a file
	 * failed).
	 */
	private static int importFiles(String[] args) {
		SpringApplication application = new SpringApplication(ColophonApplication.class);
		application.setDefaultProperties(Map.of("server.port", "-1", "colophon.seeds.load-on-startup", "false",
				"colophon.imports.command", "true", "spring.main.banner-mode", "off"));
		return SpringApplication.exit(application.run(args));
	}

}
