package vn.partydev.training.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.UUID;
import vn.partydev.platform.problem.NotFound;
import vn.partydev.platform.scope.CallerScope;
import vn.partydev.training.domain.TrainingClass;

/** Finds classes inside the caller's subtree; a class outside it is answered like a missing one (404). */
@ApplicationScoped
public class TrainingClasses {

    private final CallerScope scope;

    TrainingClasses(CallerScope scope) {
        this.scope = scope;
    }

    public TrainingClass inScope(UUID id) {
        TrainingClass found = TrainingClass.findById(id);
        return visible(found, id);
    }

    /** The class locked for update, so that concurrent enrolments see each other (R-TRAIN-1). */
    public TrainingClass inScopeForUpdate(UUID id) {
        TrainingClass found = TrainingClass.findById(id, LockModeType.PESSIMISTIC_WRITE);
        return visible(found, id);
    }

    private TrainingClass visible(TrainingClass found, UUID id) {
        if (found == null || !scope.covers(found.organisationPath)) {
            throw new NotFound("training class", id);
        }
        return found;
    }
}
