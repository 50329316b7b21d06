package vn.partydev.candidate.api;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import vn.partydev.candidate.domain.NominationAge;
import vn.partydev.candidate.service.CandidateConfig;
import vn.partydev.platform.rules.RuleSets;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The person has the rule set's minimum age (15 years) on the nomination date; reported on
 * {@code person.birthDate}. The configured rule set applies ({@code partydev.candidate.rule-set}): nominations are
 * judged by the rules in force.
 */
@Documented
@Constraint(validatedBy = OldEnoughForNomination.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface OldEnoughForNomination {

    String message() default "is too young for a nomination";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<OldEnoughForNomination, NewCandidateRequest> {

        // resolved when validating: validators are built before the configuration mappings exist
        @Inject
        Instance<CandidateConfig> config;

        @Override
        public boolean isValid(NewCandidateRequest request, ConstraintValidatorContext context) {
            if (request == null || request.person() == null || request.nomination() == null
                    || request.person().birthDate() == null || request.nomination().nominatedOn() == null) {
                return true;
            }
            return NominationAge.problem(request.person().birthDate(), request.nomination().nominatedOn(), RuleSets.find(config.get().ruleSet()).orElse(RuleSets.defaultSet()))
                    .map(problem -> {
                        context.disableDefaultConstraintViolation();
                        context.buildConstraintViolationWithTemplate(ConstraintMessages.literal(problem))
                                .addPropertyNode("person").addPropertyNode("birthDate").addConstraintViolation();
                        return false;
                    }).orElse(true);
        }
    }
}
