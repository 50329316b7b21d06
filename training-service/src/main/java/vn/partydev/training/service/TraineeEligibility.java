package vn.partydev.training.service;

import java.util.UUID;
import vn.partydev.platform.codes.TrainingKind;
import vn.partydev.platform.problem.RuleViolation;
import vn.partydev.training.domain.KnownPerson;
import vn.partydev.training.domain.TraineeKind;

/**
 * Who a class is for: awareness classes take candidates on a cell's list, new-member theory classes take
 * probationary members — as training-service knows them from candidate and admission events.
 */
final class TraineeEligibility {

    static final String NOT_ELIGIBLE = "TRAINEE_NOT_ELIGIBLE";

    private TraineeEligibility() {
    }

    static TraineeKind require(TrainingKind classKind, UUID personId, KnownPerson person) {
        TraineeKind needed = TraineeKind.forClass(classKind);
        boolean eligible = person != null
                && (needed == TraineeKind.CANDIDATE ? person.listedCandidate() : person.probationaryMember());
        if (!eligible) {
            throw new RuleViolation(NOT_ELIGIBLE, describe(classKind, personId, person));
        }
        return needed;
    }

    private static String describe(TrainingKind classKind, UUID personId, KnownPerson person) {
        String audience = classKind == TrainingKind.AWARENESS
                ? "an AWARENESS class is for candidates on a cell's list"
                : "a NEW_MEMBER_THEORY class is for probationary members";
        if (person == null) {
            return "person " + personId + " is neither a listed candidate nor a member known to training-service; " + audience;
        }
        if (classKind == TrainingKind.AWARENESS && person.probationaryMember()) {
            return "person " + personId + " is a probationary member; " + audience;
        }
        if (classKind == TrainingKind.NEW_MEMBER_THEORY && person.listedCandidate()) {
            return "person " + personId + " is a listed candidate, not yet a member; " + audience;
        }
        String standing = classKind == TrainingKind.AWARENESS
                ? (person.listChangedOn == null ? "is not on a cell's list" : "left the cell's list on " + person.listChangedOn)
                : (person.memberStatus == null ? "is not on the member roll" : "is " + person.memberStatus + " since " + person.memberStatusOn);
        return "person " + personId + " " + standing + "; " + audience;
    }
}
