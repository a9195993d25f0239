package org.colophon.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The annotated text must be a range {@link IpRange#parse} accepts, missing text
 * included; the message may use {@code ${reason}}, what the parser found wrong.
 */
@Documented
@Constraint(validatedBy = IpRangeValidator.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@interface ValidIpRange {

	String message() default "${reason}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
