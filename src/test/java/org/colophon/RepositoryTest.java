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
 * The test profile's database is kept rather than the slice's usual embedded replacement,
 * so that repository queries run on the same database settings as the application. (With
 * H2 2.4.240 the replacement also failed {@code CHECK (... IN (...))} constraints once
 * Flyway's connection closed, h2database/h2database#4302; the build now pins H2 2.3.232.)
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("test")
public @interface RepositoryTest {

}
