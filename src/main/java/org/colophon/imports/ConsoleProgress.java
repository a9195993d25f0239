package org.colophon.imports;

import java.io.PrintStream;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * A progress bar for the console, with the rate and the time left, redrawn at most a few
 * times a second on one line.
 */
final class ConsoleProgress implements ImportProgress {

	private static final int WIDTH = 30;

	private static final long REDRAW_NANOS = 250_000_000L;

	private final PrintStream out;

	private final LongSupplier nanoTime;

	private long started = -1;

	private long lastDrawn;

	private String file;

	ConsoleProgress(PrintStream out, LongSupplier nanoTime) {
		this.out = out;
		this.nanoTime = nanoTime;
	}

	@Override
	public void update(String file, long bytesRead, long totalBytes, long records) {
		long now = this.nanoTime.getAsLong();
		if (!file.equals(this.file)) {
			this.file = file;
			this.started = now;
			this.lastDrawn = now - REDRAW_NANOS;
		}
		if (now - this.lastDrawn < REDRAW_NANOS && bytesRead < totalBytes) {
			return;
		}
		this.lastDrawn = now;
		this.out.print("\r" + line(file, bytesRead, totalBytes, records, now - this.started));
		if (bytesRead >= totalBytes) {
			this.out.println();
		}
		this.out.flush();
	}

	static String line(String file, long bytesRead, long totalBytes, long records, long elapsedNanos) {
		double fraction = (totalBytes > 0) ? Math.min(1.0, (double) bytesRead / totalBytes) : 0.0;
		int filled = (int) Math.round(fraction * WIDTH);
		double seconds = Math.max(elapsedNanos / 1e9, 1e-3);
		long rate = Math.round(records / seconds);
		String eta = (fraction > 0 && fraction < 1)
				? format(Duration.ofMillis(Math.round(seconds * (1 - fraction) / fraction * 1000))) : "0:00";
		return String.format("%s [%s%s] %3d%% %,d records %,d/s ETA %s", file, "#".repeat(filled),
				".".repeat(WIDTH - filled), Math.round(fraction * 100), records, rate, eta);
	}

	private static String format(Duration duration) {
		long seconds = duration.toSeconds();
		return (seconds >= 3600) ? String.format("%d:%02d:%02d", seconds / 3600, (seconds % 3600) / 60, seconds % 60)
				: String.format("%d:%02d", seconds / 60, seconds % 60);
	}

}
