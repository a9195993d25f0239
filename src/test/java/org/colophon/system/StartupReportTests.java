package org.colophon.system;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.metrics.ApplicationStartup;
import org.springframework.core.metrics.StartupStep;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "ready" line that start-up measurements read, and the slowest steps when they are
 * recorded.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupReportTests {

	@Test
	void logsTheTimeFromJvmStartToReady(CapturedOutput output) {
		new StartupReport(() -> 4_230).report(Duration.ofMillis(4_230), Duration.ofMillis(3_140),
				ApplicationStartup.DEFAULT);

		assertThat(output)
			.contains("Ready to serve pages in 4.2 s (JVM start to seeds loaded; SpringApplication.run 3.1 s)")
			.doesNotContain("Slowest start-up steps");
	}

	@Test
	void listsTheRecordedStepsWithTheirTags(CapturedOutput output) {
		BufferingApplicationStartup startup = new BufferingApplicationStartup(10);
		StartupStep refresh = startup.start("spring.context.refresh");
		startup.start("spring.beans.instantiate").tag("beanName", "styleIndex").end();
		refresh.end();

		new StartupReport(() -> 1_000).report(Duration.ofSeconds(1), Duration.ofMillis(800), startup);

		assertThat(output).contains("Slowest start-up steps, own time without their sub-steps (2 steps recorded)")
			.contains("spring.context.refresh")
			.contains("spring.beans.instantiate beanName=styleIndex");
	}

	@Test
	void saysNothingWithoutAWebServer(CapturedOutput output) {
		try (GenericApplicationContext context = new GenericApplicationContext()) {
			new StartupReport(() -> 1_000).onApplicationEvent(
					new ApplicationReadyEvent(new SpringApplication(), new String[0], context, Duration.ofSeconds(1)));
		}

		assertThat(output).doesNotContain("Ready to serve pages");
	}

}
