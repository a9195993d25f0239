package org.colophon.imports;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's progress bar: share, records, rate and time left, redrawn sparingly.
 */
class ConsoleProgressTests {

	@Test
	void showsTheShareTheRateAndTheTimeLeft() {
		String line = ConsoleProgress.line("big.xml", 250, 1000, 5000, 10_000_000_000L);

		assertThat(line).isEqualTo("big.xml [########......................]  25% 5,000 records 500/s ETA 0:30");
	}

	@Test
	void redrawsAtMostFourTimesASecondButAlwaysTheEnd() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		AtomicLong now = new AtomicLong();
		ConsoleProgress progress = new ConsoleProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), now::get);

		progress.update("f.xml", 10, 100, 1);
		now.set(100_000_000L);
		progress.update("f.xml", 20, 100, 2);
		now.set(2_000_000_000L);
		progress.update("f.xml", 100, 100, 10);

		String out = bytes.toString(StandardCharsets.UTF_8);
		assertThat(out.split("\r", -1)).hasSize(3);
		assertThat(out).contains(" 10% 1 records").doesNotContain(" 20% ").endsWith("100% 10 records 5/s ETA 0:00\n");
	}

}
