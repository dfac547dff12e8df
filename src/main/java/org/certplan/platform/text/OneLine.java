package org.certplan.platform.text;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A name or another one-line text: no control characters (line breaks, tabs, NUL among them), no line or paragraph
 * separators and no lone surrogates, so that a stored value, a trail entry among them, cannot pass for two.
 * Null is valid.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = OneLineValidator.class)
public @interface OneLine {

    String message() default "must be one line of text: no control characters, line breaks or lone surrogates";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
