package org.colophon.delivery;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A delivery request to a Kindle must give a {@link KindleAddress}; each part at fault is
 * named with its own message.
 */
@Documented
@Constraint(validatedBy = KindleAddressValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface ValidKindleAddress {

	/**
	 * Unused, as each part at fault is reported with its own message; Bean Validation
	 * requires it.
	 */
	String message() default "{delivery.error.kindleName.invalid}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
