package org.colophon.delivery;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The annotated text, when there is any, must name a constant of the enum, read as
 * {@link EnumNameValidator#parse} reads it.
 */
@Documented
@Constraint(validatedBy = EnumNameValidator.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@interface EnumName {

	Class<? extends Enum<?>> value();

	String message();

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
