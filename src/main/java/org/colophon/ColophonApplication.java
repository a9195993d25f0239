package org.colophon;

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
		SpringApplication.run(ColophonApplication.class, args);
	}

}
