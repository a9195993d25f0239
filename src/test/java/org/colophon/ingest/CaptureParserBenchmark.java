package org.colophon.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Parser throughput on the seed capture and on a rich capture; run by
 * {@code bench/parser.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CaptureParserBenchmark {

	private final CaptureParser parser = new CaptureParser();

	private String seed;

	private String rich;

	@Setup
	public void readCaptures() throws IOException {
		this.seed = Files.readString(Path.of("seeds/000_b83ae1fdbe6336a0.txt"));
		this.rich = Files.readString(Path.of("src/test/resources/org/colophon/ingest/rich-capture.txt"));
	}

	@Benchmark
	public ParseResult parseSeed() {
		return this.parser.parse(this.seed);
	}

	@Benchmark
	public ParseResult parseRichCapture() {
		return this.parser.parse(this.rich);
	}

}
