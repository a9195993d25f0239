package org.colophon.account;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The annotated text is not one of the most common passwords ({@link CommonPasswords}).
 */
@Documented
@Constraint(validatedBy = NotCommonPasswordValidator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface NotCommonPassword {

	String message() default "{signup.password.common}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
