package org.colophon.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an entity that pages are built from: a transaction that inserts, updates or
 * deletes one (or changes one of its collections) raises the {@link PageVersions} of its
 * kind when it commits, and cached pages and access data built before are no longer used.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ChangesPages {

	PageVersions.Kind value();

}
