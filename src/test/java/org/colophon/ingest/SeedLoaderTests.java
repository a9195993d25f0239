package org.colophon.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationEventPublisher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The seed load keeps the application out of the load balancer while it runs, and gives
 * readiness back as it found it.
 */
class SeedLoaderTests {

	private final ApplicationAvailabilityBean availability = new ApplicationAvailabilityBean();

	private final ApplicationEventPublisher events = (event) -> this.availability
		.onApplicationEvent((AvailabilityChangeEvent<?>) event);

	private final List<ReadinessState> duringLoad = new ArrayList<>();

	@Test
	void refusesTrafficWhileTheSeedsLoadAndRestoresReadinessAfterwards() {
		AvailabilityChangeEvent.publish(this.events, this, ReadinessState.ACCEPTING_TRAFFIC);

		loader(true, () -> this.duringLoad.add(this.availability.getReadinessState())).run(arguments());

		assertThat(this.duringLoad).containsExactly(ReadinessState.REFUSING_TRAFFIC);
		assertThat(this.availability.getReadinessState()).isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
	}

	@Test
	void leavesStartupReadinessToSpringBootWhichDeclaresItOnceEveryRunnerIsDone() {
		loader(true, () -> this.duringLoad.add(this.availability.getReadinessState())).run(arguments());

		assertThat(this.duringLoad).containsExactly(ReadinessState.REFUSING_TRAFFIC);
		assertThat(this.availability.getReadinessState()).isEqualTo(ReadinessState.REFUSING_TRAFFIC);
	}

	@Test
	void restoresReadinessWhenTheLoadFails() {
		AvailabilityChangeEvent.publish(this.events, this, ReadinessState.ACCEPTING_TRAFFIC);
		SeedLoader loader = loader(true, () -> {
			throw new IllegalStateException("disk gone");
		});

		assertThatIllegalStateException().isThrownBy(() -> loader.run(arguments()));
		assertThat(this.availability.getReadinessState()).isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
	}

	@Test
	void leavesReadinessAloneWhenLoadingIsSwitchedOff() {
		AvailabilityChangeEvent.publish(this.events, this, ReadinessState.ACCEPTING_TRAFFIC);

		loader(false, () -> this.duringLoad.add(this.availability.getReadinessState())).run(arguments());

		assertThat(this.duringLoad).isEmpty();
		assertThat(this.availability.getLastChangeEvent(ReadinessState.class).getSource()).isSameAs(this);
	}

	private SeedLoader loader(boolean loadOnStartup, Runnable load) {
		IngestService ingest = new IngestService(null, null) {

			@Override
			public List<IngestReport> loadFolder(Path folder) {
				load.run();
				return List.of();
			}

		};
		return new SeedLoader(ingest, new SeedsProperties(Path.of("seeds"), loadOnStartup), this.events,
				this.availability);
	}

	private static DefaultApplicationArguments arguments() {
		return new DefaultApplicationArguments();
	}

}
