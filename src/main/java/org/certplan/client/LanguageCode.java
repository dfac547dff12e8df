package org.certplan.client;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An ISO 639 language code in lower case: a real ISO 639-1 code such as {@code de}, or a three-letter ISO 639-2/3
 * code such as {@code fil} for a language that has no two-letter code. A language has one code only, so that
 * clients' and auditors' languages can be matched (COMP-4): {@code deu} is refused in favour of {@code de}.
 * {@code null} is left to {@code @NotNull}.
 */
@Target({FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Constraint(validatedBy = LanguageCode.Validator.class)
public @interface LanguageCode {

    String message() default "must be an ISO 639 language code in lower case, such as de or fil";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<LanguageCode, String> {

        private static final Set<String> TWO_LETTER = Set.of(Locale.getISOLanguages());

        private static final Map<String, String> TWO_LETTER_BY_THREE_LETTER = TWO_LETTER.stream()
                .flatMap(code -> threeLetter(code).map(three -> Map.entry(three, code)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            if (value.matches("[a-z]{2}")) {
                return TWO_LETTER.contains(value);
            }
            String twoLetter = TWO_LETTER_BY_THREE_LETTER.get(value);
            if (twoLetter != null) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate("use the ISO 639-1 code " + twoLetter + " instead")
                        .addConstraintViolation();
                return false;
            }
            return value.matches("[a-z]{3}");
        }

        private static Stream<String> threeLetter(String twoLetter) {
            try {
                return Stream.of(new Locale(twoLetter).getISO3Language());
            } catch (MissingResourceException e) {
                return Stream.empty();
            }
        }
    }
}
