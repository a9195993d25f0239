package org.colophon;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.test.context.ActiveProfiles;

/**
 * A {@code @DataJpaTest} slice on the schema Flyway builds, validated by Hibernate, in
 * the test profile's in-memory H2 database behind the application's connection pool.
 * <p>
 * The pool is kept rather than the slice's usual embedded replacement, which opens a new
 * connection for every use: with H2 2.4.240 a {@code CHECK (... IN (...))} constraint
 * fails ("Check constraint invalid ... database has been closed") once the connection
 * that created it is closed while the database stays open (h2database/h2database#4302),
 * and the pool keeps Flyway's connection open.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("test")
public @interface RepositoryTest {

}
