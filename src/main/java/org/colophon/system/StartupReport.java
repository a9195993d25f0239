package org.colophon.system;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline.TimelineEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.core.metrics.ApplicationStartup;
import org.springframework.core.metrics.StartupStep;
import org.springframework.stereotype.Component;

/**
 * Logs the moment the application can serve its pages: from the start of the JVM to the
 * end of the start-up runners (the search index check and the seed load), which is when a
 * chapter page of the seeds first answers. When the application records its start-up
 * steps ({@code -Dcolophon.startup.record-steps=true}), the slowest steps follow.
 */
@Component
class StartupReport implements ApplicationListener<ApplicationReadyEvent> {

	private static final Logger logger = LoggerFactory.getLogger(StartupReport.class);

	/** How many of the slowest steps the log lists. */
	static final int SLOWEST_STEPS = 25;

	private final LongSupplier jvmUptimeMillis;

	StartupReport() {
		this(() -> ManagementFactory.getRuntimeMXBean().getUptime());
	}

	StartupReport(LongSupplier jvmUptimeMillis) {
		this.jvmUptimeMillis = jvmUptimeMillis;
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		// The import command runs without a server (port -1) and serves no page.
		if (event.getApplicationContext() instanceof WebServerApplicationContext web
				&& web.getWebServer().getPort() > 0) {
			report(Duration.ofMillis(this.jvmUptimeMillis.getAsLong()), event.getTimeTaken(),
					event.getApplicationContext().getApplicationStartup());
		}
	}

	void report(Duration sinceJvmStart, Duration run, ApplicationStartup startup) {
		logger.info(String.format(Locale.ROOT,
				"Ready to serve pages in %.1f s (JVM start to seeds loaded; SpringApplication.run %.1f s)",
				seconds(sinceJvmStart), seconds(run)));
		if (startup instanceof BufferingApplicationStartup buffering) {
			List<TimelineEvent> events = buffering.getBufferedTimeline().getEvents();
			Map<Long, Duration> children = new HashMap<>();
			for (TimelineEvent step : events) {
				Long parent = step.getStartupStep().getParentId();
				if (parent != null) {
					children.merge(parent, step.getDuration(), Duration::plus);
				}
			}
			logger.info("Slowest start-up steps, own time without their sub-steps ({} steps recorded):", events.size());
			events.stream()
				.map((step) -> new Step(step,
						step.getDuration().minus(children.getOrDefault(step.getStartupStep().getId(), Duration.ZERO))))
				.sorted(Comparator.comparing(Step::own).reversed())
				.limit(SLOWEST_STEPS)
				.forEach((step) -> logger.info(String.format(Locale.ROOT, "%7d ms own, %7d ms total  %s %s",
						step.own().toMillis(), step.event().getDuration().toMillis(),
						step.event().getStartupStep().getName(), tags(step.event().getStartupStep()))));
		}
	}

	private static String tags(StartupStep step) {
		return StreamSupport.stream(step.getTags().spliterator(), false)
			.map((tag) -> tag.getKey() + "=" + tag.getValue())
			.collect(Collectors.joining(", "));
	}

	private static double seconds(Duration duration) {
		return duration.toMillis() / 1000.0;
	}

	private record Step(TimelineEvent event, Duration own) {
	}

}
