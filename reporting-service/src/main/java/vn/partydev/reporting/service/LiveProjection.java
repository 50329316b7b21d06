package vn.partydev.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.partydev.platform.events.DomainEvent;
import vn.partydev.platform.events.admission.AdmissionCaseOpened;
import vn.partydev.platform.events.admission.AdmissionDecided;
import vn.partydev.platform.events.admission.AdmissionRejected;
import vn.partydev.platform.events.admission.AdmissionWithdrawn;
import vn.partydev.platform.events.admission.CellResolutionAdopted;
import vn.partydev.platform.events.admission.MemberAdmitted;
import vn.partydev.platform.events.admission.MemberLeft;
import vn.partydev.platform.events.admission.MemberRecognised;
import vn.partydev.platform.events.admission.MemberRegistered;
import vn.partydev.platform.events.admission.MemberStruckOff;
import vn.partydev.platform.events.admission.MemberTransferred;
import vn.partydev.platform.events.admission.OrganisationRegistered;
import vn.partydev.platform.events.admission.OrganisationRetired;
import vn.partydev.platform.events.admission.OrganisationUpdated;
import vn.partydev.platform.events.admission.RecognitionVoteAdopted;
import vn.partydev.platform.events.admission.RecognitionVoteFailed;
import vn.partydev.platform.events.admission.ResidentialAreaRegistered;
import vn.partydev.platform.events.candidate.CandidateListed;
import vn.partydev.platform.events.candidate.CandidateNominated;
import vn.partydev.platform.events.candidate.CandidateProfileChanged;
import vn.partydev.platform.events.candidate.CandidateRemovedFromList;
import vn.partydev.platform.events.training.AwarenessCheckFailed;
import vn.partydev.platform.events.training.AwarenessCheckPassed;
import vn.partydev.platform.events.training.CertificateIssued;
import vn.partydev.platform.events.training.CertificateRevoked;
import vn.partydev.platform.events.training.TraineeEnrolled;
import vn.partydev.platform.events.training.TraineeWithdrawn;
import vn.partydev.platform.events.training.TrainingClassCompleted;
import vn.partydev.platform.events.training.TrainingClassScheduled;
import vn.partydev.platform.inbox.DeliveredEvent;

import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Applies a batch of delivered events to the read models in one transaction, set-wise, at a cost that follows the batch,
 * not the data: the facts with one statement each ({@link SetWiseProjection}, as a rebuild does), and the aggregates by
 * difference — what the batch's people counted for before its facts goes out, what they count for after goes in, along
 * the organisation paths ({@link Aggregates#collectContributions}). Only what an organisation or class event changes for
 * a whole organisation or class (a new path, a class's kind) is recomputed for it.
 */
@ApplicationScoped
public class LiveProjection {


    /** The event types the read models are built from; every other type is ignored. */
    public static final List<Class<? extends DomainEvent>> EVENT_TYPES = List.of(
            OrganisationRegistered.class, OrganisationUpdated.class, OrganisationRetired.class, ResidentialAreaRegistered.class,
            CandidateNominated.class, CandidateListed.class, CandidateRemovedFromList.class, CandidateProfileChanged.class,
            TrainingClassScheduled.class, TrainingClassCompleted.class, TraineeEnrolled.class, TraineeWithdrawn.class,
            AwarenessCheckFailed.class, AwarenessCheckPassed.class, CertificateIssued.class, CertificateRevoked.class,
            AdmissionCaseOpened.class, CellResolutionAdopted.class, AdmissionDecided.class, AdmissionRejected.class,
            AdmissionWithdrawn.class, MemberAdmitted.class, RecognitionVoteAdopted.class, MemberRecognised.class,
            MemberStruckOff.class, MemberRegistered.class, MemberTransferred.class, MemberLeft.class, RecognitionVoteFailed.class);

    /** The events that write enrolments, checks and certificates (SetWiseProjection's training facts). */
    private static final List<Class<? extends DomainEvent>> TRAINEE_EVENTS = List.of(TraineeEnrolled.class, TraineeWithdrawn.class,
            AwarenessCheckFailed.class, AwarenessCheckPassed.class, CertificateIssued.class, CertificateRevoked.class);
    /** The events that write the member roll (SetWiseProjection's member facts). */
    private static final List<Class<? extends DomainEvent>> MEMBER_EVENTS = List.of(MemberRegistered.class, MemberTransferred.class,
            MemberLeft.class, MemberAdmitted.class, MemberRecognised.class, MemberStruckOff.class);

    @Inject
    ReadModels readModels;

    private final StagingTables staging = new StagingTables(EVENT_TYPES);
    private final SetWiseProjection setWise = new SetWiseProjection(staging);

    /** An event to apply, with its id and time. */
    record Projected(DomainEvent event, UUID id, OffsetDateTime time) {
    }

    /** Applies the delivered events to the active generation, inside the platform inbox's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(List<DeliveredEvent> events) {
        try (Connection connection = readModels.active(true)) {
            apply(connection, events.stream().map(e -> new Projected(e.event(), e.meta().id(), e.meta().time())).toList());
        } catch (SQLException e) {
            throw new IllegalStateException("the reporting database is unavailable", e);
        }
    }

    /** Applies the events, in this order, to the generation of {@code connection}; returns how many were new to it. */
    long apply(Connection connection, List<Projected> events) {
        if (events.isEmpty()) {
            return 0;
        }
        ensureTemporaryTables(connection);
        StagedBatch batch = new StagedBatch(staging);
        long seq = 0;
        for (Projected event : events) {
            batch.add(++seq, event.id(), event.time(), event.event());
        }
        batch.copyInto(connection);
        Set<UUID> organisations = staged(connection, batch, "organisation_id",
                OrganisationRegistered.class, OrganisationUpdated.class, OrganisationRetired.class);
        Set<UUID> scheduledClasses = staged(connection, batch, "class_id", TrainingClassScheduled.class);
        Set<UUID> areas = staged(connection, batch, "residential_area_id", ResidentialAreaRegistered.class);
        Array people = SqlStatements.uuids(connection, people(connection, batch, organisations));
        Set<UUID> cells = cellsOf(connection, people);

        Aggregates.recountIfPending(connection, SqlStatements.uuids(connection, cells));
        Aggregates.Touched touched = new Aggregates.Touched(TRAINEE_EVENTS.stream().anyMatch(batch::holds),
                MEMBER_EVENTS.stream().anyMatch(batch::holds));
        Aggregates.collectContributions(connection, people, false, touched);
        long applied = setWise.apply(connection, batch);
        Set<UUID> movedClasses = organisations.isEmpty() ? Set.of() : repath(connection, organisations);
        Aggregates.collectContributions(connection, people, true, touched);
        cells.addAll(cellsOf(connection, people));

        Aggregates.applyContributions(connection);
        organisations.forEach(org -> Aggregates.organisationAttributes(connection, org));
        Set<UUID> classes = new LinkedHashSet<>(scheduledClasses);
        classes.addAll(movedClasses);
        classes.forEach(classId -> Aggregates.training(connection, classId));
        areas.forEach(area -> Aggregates.area(connection, area));
        cells.remove(null);
        Array touchedCells = SqlStatements.uuids(connection, cells);
        if (!cells.isEmpty()) {
            Aggregates.lastAdmissions(connection, touchedCells);
        }
        Aggregates.forgetUnnamedCells(connection, touchedCells);
        return applied;
    }

    private void ensureTemporaryTables(Connection connection) {
        staging.ensureCreated(connection);
        Aggregates.ensureContributionTables(connection);
    }

    /**
     * The people whose contributions the batch may change: those its events name, and those of a cell the batch gives a
     * new path (they all move with it; none in the usual case, where an organisation is registered before its people).
     */
    private Set<UUID> people(Connection connection, StagedBatch batch, Set<UUID> organisations) {
        Set<UUID> people = new LinkedHashSet<>();
        String named = staging.personIds(batch.tablesUsed());
        if (!named.isEmpty()) {
            people.addAll(SqlStatements.list(connection, named, row -> row.getObject(1, UUID.class)));
        }
        if (!organisations.isEmpty()) {
            people.addAll(SqlStatements.list(connection, """
                    SELECT p.person_id FROM person p
                    JOIN (SELECT DISTINCT ON (id) id, path FROM (
                              SELECT seq, organisation_id AS id, path FROM stage_organisation_registered
                              UNION ALL SELECT seq, organisation_id, path FROM stage_organisation_updated) o
                          ORDER BY id, seq DESC) o ON p.cell_id = o.id
                    WHERE p.org_path IS DISTINCT FROM o.path
                    """, row -> row.getObject(1, UUID.class)));
        }
        people.remove(null);
        return people;
    }

    @SafeVarargs
    private static Set<UUID> staged(Connection connection, StagedBatch batch, String column, Class<? extends DomainEvent>... types) {
        Set<UUID> ids = new LinkedHashSet<>();
        for (Class<? extends DomainEvent> type : types) {
            if (batch.holds(type)) {
                ids.addAll(SqlStatements.list(connection, "SELECT DISTINCT " + column + " FROM " + StagingTables.tableName(type),
                        row -> row.getObject(1, UUID.class)));
            }
        }
        ids.remove(null);
        return ids;
    }

    private static Set<UUID> cellsOf(Connection connection, Array people) {
        return new LinkedHashSet<>(SqlStatements.list(connection, "SELECT DISTINCT cell_id FROM person WHERE person_id = ANY(?) AND cell_id IS NOT NULL",
                row -> row.getObject(1, UUID.class), people));
    }

    /**
     * Facts that arrived before their organisation, or kept an old path, take its path now; returns the classes the
     * organisations organise whose path changed (their training is recomputed).
     */
    private static Set<UUID> repath(Connection connection, Set<UUID> organisations) {
        Array ids = SqlStatements.uuids(connection, organisations);
        SqlStatements.update(connection, "UPDATE person p SET org_path = o.path FROM org_node o "
                + "WHERE o.id = ANY(?) AND p.cell_id = o.id AND p.org_path IS DISTINCT FROM o.path", ids);
        Set<UUID> classes = new LinkedHashSet<>(SqlStatements.list(connection, "UPDATE training_class c SET org_path = o.path FROM org_node o "
                + "WHERE o.id = ANY(?) AND c.organiser_id = o.id AND c.org_path IS DISTINCT FROM o.path RETURNING c.class_id",
                row -> row.getObject(1, UUID.class), ids));
        SqlStatements.update(connection, "UPDATE residential_area r SET commune_path = o.path FROM org_node o "
                + "WHERE o.id = ANY(?) AND r.commune_id = o.id AND r.commune_path IS DISTINCT FROM o.path", ids);
        return classes;
    }
}
