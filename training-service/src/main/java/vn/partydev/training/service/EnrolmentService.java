package vn.partydev.training.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import vn.partydev.platform.events.training.TraineeEnrolled;
import vn.partydev.platform.events.training.TraineeWithdrawn;
import vn.partydev.platform.outbox.Outbox;
import vn.partydev.platform.problem.Conflict;
import vn.partydev.platform.problem.NotFound;
import vn.partydev.platform.codes.OrganisationKind;
import vn.partydev.platform.scope.OrganisationDirectory;
import vn.partydev.platform.scope.OrganisationRef;
import vn.partydev.training.domain.Enrolment;
import vn.partydev.training.domain.EnrolmentCapacity;
import vn.partydev.training.domain.KnownPerson;
import vn.partydev.training.domain.TraineeKind;
import vn.partydev.training.domain.TrainingClass;

/** Enrolling trainees in classes (R-TRAIN-1) and withdrawing them. */
@ApplicationScoped
public class EnrolmentService {

    private final TrainingClasses classes;
    private final OrganisationDirectory organisations;
    private final Outbox outbox;
    private final Clock clock;

    EnrolmentService(TrainingClasses classes, OrganisationDirectory organisations, Outbox outbox, Clock clock) {
        this.classes = classes;
        this.organisations = organisations;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Enrolment enrol(UUID classId, UUID personId, LocalDate enrolledOn) {
        TrainingClass trainingClass = classes.inScopeForUpdate(classId);
        trainingClass.requireOpen("its enrolments");
        Enrolment existing = Enrolment.find("classId = ?1 and personId = ?2", classId, personId).firstResult();
        if (existing != null) {
            throw new Conflict("DUPLICATE", "person " + personId + " was already enrolled in this class on " + existing.enrolledOn
                    + (existing.active() ? "" : " (withdrawn on " + existing.withdrawnOn + ")")
                    + "; a person is enrolled at most once per class (R-TRAIN-1)");
        }
        KnownPerson person = servedBy(trainingClass, KnownPerson.findById(personId));
        TraineeKind traineeKind = TraineeEligibility.require(trainingClass.kind, personId, person);
        EnrolmentCapacity.requirePlace(trainingClass.capacity, Enrolment.count("classId = ?1 and withdrawnOn is null", classId));

        Enrolment enrolment = new Enrolment();
        enrolment.id = UUID.randomUUID();
        enrolment.classId = classId;
        enrolment.personId = personId;
        enrolment.traineeKind = traineeKind;
        enrolment.cellId = person.cellFor(traineeKind);
        enrolment.cellPath = enrolment.cellId == null ? null
                : organisations.find(enrolment.cellId).map(OrganisationRef::path).orElse(null);
        enrolment.enrolledOn = enrolledOn != null ? enrolledOn : LocalDate.now(clock);
        enrolment.persist();
        outbox.publish(new TraineeEnrolled(personId, classId, trainingClass.kind, enrolment.enrolledOn),
                trainingClass.eventPaths(enrolment.cellPath));
        return enrolment;
    }

    @Transactional
    public Enrolment withdraw(UUID classId, UUID personId, LocalDate withdrawnOn, String reason) {
        TrainingClass trainingClass = classes.inScope(classId);
        trainingClass.requireOpen("its enrolments");
        Enrolment enrolment = enrolmentOf(classId, personId);
        enrolment.withdraw(withdrawnOn != null ? withdrawnOn : LocalDate.now(clock), reason);
        outbox.publish(new TraineeWithdrawn(personId, classId, enrolment.withdrawnOn), trainingClass.eventPaths(enrolment.cellPath));
        return enrolment;
    }

    @Transactional
    public Enrolment find(UUID classId, UUID personId) {
        classes.inScope(classId);
        return enrolmentOf(classId, personId);
    }

    /** The class roster, bounded by its capacity plus the withdrawn. */
    @Transactional
    public List<Enrolment> roster(UUID classId) {
        classes.inScope(classId);
        return Enrolment.list("classId", Sort.by("enrolledOn").and("personId"), classId);
    }

    static Enrolment enrolmentOf(UUID classId, UUID personId) {
        Enrolment enrolment = Enrolment.find("classId = ?1 and personId = ?2", classId, personId).firstResult();
        if (enrolment == null) {
            throw new NotFound("enrolment of person " + personId + " in class", classId);
        }
        return enrolment;
    }

    /**
     * The person when one of the cells training knows for them (the list, the roll) lies in the area the class serves;
     * otherwise null, so that a person of another area answers exactly like an unknown one (no existence oracle).
     */
    private KnownPerson servedBy(TrainingClass trainingClass, KnownPerson person) {
        if (person == null) {
            return null;
        }
        String area = servedArea(trainingClass);
        boolean served = Stream.of(person.listedCellId, person.memberCellId).filter(Objects::nonNull)
                .map(organisations::find).flatMap(Optional::stream).anyMatch(cell -> cell.path().startsWith(area));
        return served ? person : null;
    }

    /**
     * The area a class serves: the subtree of the nearest commune or provincial committee at or above its organiser —
     * a commune's class trains the commune's people, a training centre (trung tâm chính trị, its own party
     * organisation under a committee) the people of the committee it belongs to.
     */
    private String servedArea(TrainingClass trainingClass) {
        Optional<OrganisationRef> node = organisations.find(trainingClass.organiserId);
        for (int depth = 0; depth < 32 && node.isPresent(); depth++) {
            OrganisationRef organisation = node.get();
            if (organisation.kind() == OrganisationKind.COMMUNE || organisation.kind() == OrganisationKind.PROVINCIAL
                    || organisation.parentId() == null) {
                return organisation.path();
            }
            node = organisations.find(organisation.parentId());
        }
        return trainingClass.organisationPath;
    }
}
