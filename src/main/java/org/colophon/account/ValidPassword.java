package org.colophon.account;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The annotated text must keep the {@link Password} rules; a missing password is too
 * short. Both messages may use {@code {min}} and {@code {maxBytes}}.
 */
@Documented
@Constraint(validatedBy = PasswordValidator.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE,
		ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidPassword {

	/**
	 * The message for a password that is too short.
	 */
	String message() default "{signup.password.tooShort}";

	/**
	 * The message for a password too long to be hashed whole.
	 */
	String tooLong() default "{signup.password.tooLong}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
