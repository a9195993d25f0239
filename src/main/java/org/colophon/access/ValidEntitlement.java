package org.colophon.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * An entitlement request must name exactly one holder and one item, and must not end
 * before it starts; each rule broken is reported on the field the admin is told to fix.
 */
@Documented
@Constraint(validatedBy = EntitlementRequestValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface ValidEntitlement {

	/**
	 * Unused, as each rule broken is reported with its own message; Bean Validation
	 * requires it.
	 */
	String message() default "is not a valid entitlement";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
