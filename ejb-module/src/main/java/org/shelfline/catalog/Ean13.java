package org.shelfline.catalog;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A 13-digit EAN barcode whose last digit is the correct check digit. Empty is allowed. */
@Documented
@Constraint(validatedBy = Ean13.Validator.class)
@Target({FIELD, METHOD})
@Retention(RUNTIME)
public @interface Ean13 {

    String message() default "{sku.barcode.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks the format and the GS1 check digit. */
    class Validator implements ConstraintValidator<Ean13, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isBlank() || isValidEan13(value.strip());
        }

        public static boolean isValidEan13(String code) {
            if (!code.matches("\\d{13}")) {
                return false;
            }
            int sum = 0;
            for (int i = 0; i < 12; i++) {
                int digit = code.charAt(i) - '0';
                sum += i % 2 == 0 ? digit : digit * 3;
            }
            return (10 - sum % 10) % 10 == code.charAt(12) - '0';
        }
    }
}
