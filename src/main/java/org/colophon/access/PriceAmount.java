package org.colophon.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The annotated amount must be given, positive, written with at most two decimals, and
 * small enough for a stored price.
 */
@Documented
@Constraint(validatedBy = PriceAmountValidator.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@interface PriceAmount {

	String message() default "{admin.price.amount.invalid}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
