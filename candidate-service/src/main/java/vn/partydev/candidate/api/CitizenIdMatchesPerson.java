package vn.partydev.candidate.api;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import vn.partydev.candidate.domain.CitizenId;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The citizen id's century/gender digit and birth-year digits agree with the birth date and gender; reported on {@code citizenId}. */
@Documented
@Constraint(validatedBy = CitizenIdMatchesPerson.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface CitizenIdMatchesPerson {

    String message() default "does not match the birth date and gender";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<CitizenIdMatchesPerson, PersonDetails> {
        @Override
        public boolean isValid(PersonDetails person, ConstraintValidatorContext context) {
            if (person == null || person.birthDate() == null || person.gender() == null
                    || CitizenId.formatProblem(person.citizenId()).isPresent()) {
                return true;   // the fields' own constraints report what is missing or malformed
            }
            return CitizenId.consistencyProblem(person.citizenId(), person.birthDate(), person.gender()).map(problem -> {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(ConstraintMessages.literal(problem))
                        .addPropertyNode("citizenId").addConstraintViolation();
                return false;
            }).orElse(true);
        }
    }
}
