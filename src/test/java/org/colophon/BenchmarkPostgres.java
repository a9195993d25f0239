package org.colophon;

import java.io.IOException;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server for the benchmark scripts, which have no other: started on a
 * data folder and a port given, it prints its JDBC address and runs until its standard
 * input closes ({@code BenchmarkPostgres DATA_FOLDER PORT}). A folder that already holds
 * a database is opened as it is, so a benchmark can restart on what it stored.
 */
public final class BenchmarkPostgres {

	private BenchmarkPostgres() {
	}

	public static void main(String[] args) throws IOException {
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(Path.of(args[0]))
			.setCleanDataDirectory(false)
			.setPort(Integer.parseInt(args[1]))
			.start()) {
			System.out.println("jdbc-url=" + postgres.getJdbcUrl("postgres", "postgres"));
			System.out.flush();
			while (System.in.read() >= 0) {
				// runs until the script closes the pipe
			}
		}
	}

}
