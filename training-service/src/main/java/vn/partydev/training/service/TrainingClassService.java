package vn.partydev.training.service;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import vn.partydev.platform.events.training.TrainingClassScheduled;
import vn.partydev.platform.http.Page;
import vn.partydev.platform.outbox.Outbox;
import vn.partydev.platform.problem.BadRequest;
import vn.partydev.platform.problem.Conflict;
import vn.partydev.platform.problem.NotFound;
import vn.partydev.platform.rules.RuleSet;
import vn.partydev.platform.scope.CallerScope;
import vn.partydev.platform.scope.OrganisationDirectory;
import vn.partydev.platform.scope.OrganisationRef;
import vn.partydev.platform.codes.TrainingKind;
import vn.partydev.training.domain.ClassStatus;
import vn.partydev.training.domain.TrainingClass;

/** Scheduling classes and listing them in the caller's subtree. */
@ApplicationScoped
public class TrainingClassService {

    private final CallerScope scope;
    private final OrganisationDirectory organisations;
    private final TrainingClasses classes;
    private final Rules rules;
    private final Outbox outbox;
    private final Clock clock;

    TrainingClassService(CallerScope scope, OrganisationDirectory organisations, TrainingClasses classes, Rules rules,
                         Outbox outbox, Clock clock) {
        this.scope = scope;
        this.organisations = organisations;
        this.classes = classes;
        this.rules = rules;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public TrainingClass schedule(ScheduleClass command) {
        OrganisationRef organiser = organiserInScope(command.organiserId());
        if (organiser.retired()) {
            throw new Conflict("ORGANISATION_RETIRED", "organisation " + organiser.id() + " is retired and cannot organise classes");
        }
        if (command.endsOn().isBefore(command.startsOn())) {
            throw new BadRequest("INVALID_DATES", "the class ends on " + command.endsOn() + ", before it starts on " + command.startsOn());
        }
        RuleSet ruleSet = rules.current();
        TrainingClass created = new TrainingClass();
        created.id = UUID.randomUUID();
        created.kind = command.kind();
        created.organiserId = organiser.id();
        created.organisationPath = organiser.path();
        created.title = command.title().trim();
        created.startsOn = command.startsOn();
        created.endsOn = command.endsOn();
        created.capacity = command.capacity();
        created.plannedSessions = command.plannedSessions();
        created.checkRequired = command.checkRequired() != null ? command.checkRequired() : command.kind() == TrainingKind.AWARENESS;
        created.minimumAttendancePercent = command.minimumAttendancePercent() != null
                ? command.minimumAttendancePercent() : ruleSet.minimumAttendancePercent();
        created.ruleSetId = ruleSet.id();
        created.status = ClassStatus.SCHEDULED;
        created.createdAt = clock.instant();
        created.createdBy = scope.subject();
        created.persist();
        outbox.publish(new TrainingClassScheduled(created.id, created.kind, created.organiserId, created.startsOn,
                created.endsOn, created.capacity, created.plannedSessions, created.checkRequired,
                created.minimumAttendancePercent));
        return created;
    }

    @Transactional
    public TrainingClass find(UUID id) {
        return classes.inScope(id);
    }

    /** Classes in the caller's subtree (narrowed to an organiser's subtree if asked), by start date then id. */
    @Transactional
    public Page<TrainingClass> list(ClassFilter filter, PageRequest page) {
        StringBuilder where = new StringBuilder("organisationPath like :scope");
        Parameters parameters = Parameters.with("scope", scope.likePattern());
        if (filter.organiserId() != null) {
            where.append(" and organisationPath like :organiser");
            parameters.and("organiser", organiserInScope(filter.organiserId()).path() + "%");
        }
        if (filter.kind() != null) {
            where.append(" and kind = :kind");
            parameters.and("kind", filter.kind());
        }
        if (filter.startsFrom() != null) {
            where.append(" and startsOn >= :from");
            parameters.and("from", filter.startsFrom());
        }
        if (filter.startsTo() != null) {
            where.append(" and startsOn <= :to");
            parameters.and("to", filter.startsTo());
        }
        KeysetPosition after = KeysetPosition.decode(page.cursor());
        if (after != null) {
            where.append(" and (startsOn > :afterDate or (startsOn = :afterDate and id > :afterId))");
            parameters.and("afterDate", after.date()).and("afterId", after.id());
        }
        List<TrainingClass> rows = TrainingClass.<TrainingClass>find(where + " order by startsOn, id", parameters)
                .range(0, page.limit()).list();
        return Page.of(rows, page.limit(), row -> new KeysetPosition(row.startsOn, row.id).cursor());
    }

    private OrganisationRef organiserInScope(UUID organiserId) {
        return organisations.find(organiserId)
                .filter(organisation -> scope.covers(organisation.path()))
                .orElseThrow(() -> new NotFound("organisation", organiserId));
    }
}
