package org.colophon.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The annotated text must be given and be an ISO 4217 currency code this Java knows, in
 * capitals.
 */
@Documented
@Constraint(validatedBy = CurrencyCodeValidator.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@interface CurrencyCode {

	String message() default "{admin.price.currency.invalid}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
