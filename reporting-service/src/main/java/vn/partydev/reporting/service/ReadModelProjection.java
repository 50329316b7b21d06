package vn.partydev.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import vn.partydev.platform.codes.MemberStatus;
import vn.partydev.platform.codes.TrainingKind;
import vn.partydev.platform.events.Demographics;
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

import java.sql.Connection;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static vn.partydev.reporting.service.SqlStatements.update;

/**
 * Applies one event to a generation of read models. Every fact lands in its own columns (earliest date wins
 * for "first reached" stages, latest business date wins for where a person is and who they are), so the
 * result does not depend on the order of arrival; an event id applied once to a generation is skipped after.
 * <p>
 * Live, the aggregates touched are recomputed at once; during a rebuild ({@code live = false}) only facts
 * are written and {@link Aggregates#all} runs once at the end.
 */
@ApplicationScoped
public class ReadModelProjection {

    /** The event types the read models are built from; every other type is ignored. */
    public static final List<Class<? extends DomainEvent>> EVENT_TYPES = List.of(
            OrganisationRegistered.class, OrganisationUpdated.class, OrganisationRetired.class, ResidentialAreaRegistered.class,
            CandidateNominated.class, CandidateListed.class, CandidateRemovedFromList.class, CandidateProfileChanged.class,
            TrainingClassScheduled.class, TrainingClassCompleted.class, TraineeEnrolled.class, TraineeWithdrawn.class,
            AwarenessCheckFailed.class, AwarenessCheckPassed.class, CertificateIssued.class, CertificateRevoked.class,
            AdmissionCaseOpened.class, CellResolutionAdopted.class, AdmissionDecided.class, AdmissionRejected.class,
            AdmissionWithdrawn.class, MemberAdmitted.class, RecognitionVoteAdopted.class, MemberRecognised.class,
            MemberStruckOff.class, MemberRegistered.class, MemberTransferred.class, MemberLeft.class);

    /**
     * Applies the event; false when this generation had already applied it. The caller then counts it with
     * {@link #recordApplied} (once per event live, once per batch in a rebuild).
     */
    public boolean apply(Connection connection, DomainEvent event, UUID eventId, OffsetDateTime time, boolean live) {
        if (update(connection, "INSERT INTO applied_event (event_id) VALUES (?) ON CONFLICT DO NOTHING", eventId) == 0) {
            return false;
        }
        PersonSnapshot before = live ? PersonSnapshot.of(connection, personOf(event)) : null;
        UUID certificateClassBefore = live ? certificateClass(connection, event) : null;
        if (event instanceof OrganisationRegistered e) {
            organisation(connection, e.organisationId(), e.parentId(), e.kind().name(), e.code(),
                    e.name(), e.path(), e.mayDecideAdmission(), e.population(), live);
        } else if (event instanceof OrganisationUpdated e) {
            organisation(connection, e.organisationId(), e.parentId(), e.kind().name(), e.code(),
                    e.name(), e.path(), e.mayDecideAdmission(), e.population(), live);
        } else if (event instanceof OrganisationRetired e) {
            update(connection, "UPDATE org_node SET retired_on = ? WHERE id = ?", e.retiredOn(), e.organisationId());
        } else if (event instanceof ResidentialAreaRegistered e) {
            residentialArea(connection, e, live);
        } else if (event instanceof CandidateNominated e) {
            person(connection, e.candidateId());
            update(connection, "UPDATE person SET nominated_on = least(nominated_on, ?), source = coalesce(source, ?) WHERE person_id = ?",
                    e.nominatedOn(), e.source(), e.candidateId());
            placePerson(connection, e.candidateId(), e.cellId(), e.residentialAreaId(), e.nominatedOn());
            demographics(connection, e.candidateId(), e.demographics(), e.nominatedOn());
        } else if (event instanceof CandidateListed e) {
            person(connection, e.candidateId());
            earliest(connection, e.candidateId(), "listed_on", e.resolutionDate());
            placePerson(connection, e.candidateId(), e.cellId(), null, e.resolutionDate());
        } else if (event instanceof CandidateRemovedFromList e) {
            person(connection, e.candidateId());
            latest(connection, e.candidateId(), "removed_on", e.removedOn());
        } else if (event instanceof CandidateProfileChanged e) {
            person(connection, e.candidateId());
            placePerson(connection, e.candidateId(), e.cellId(), e.residentialAreaId(), e.changedOn());
            demographics(connection, e.candidateId(), e.demographics(), e.changedOn());
        } else if (event instanceof TrainingClassScheduled e) {
            update(connection, """
                    INSERT INTO training_class (class_id, kind, organiser_id, org_path, starts_on, ends_on, capacity)
                    VALUES (?, ?, ?, (SELECT path FROM org_node WHERE id = ?), ?, ?, ?)
                    ON CONFLICT (class_id) DO UPDATE SET kind = excluded.kind, organiser_id = excluded.organiser_id,
                        org_path = excluded.org_path, starts_on = excluded.starts_on, ends_on = excluded.ends_on, capacity = excluded.capacity
                    """, e.classId(), e.kind(), e.organiserId(), e.organiserId(), e.startsOn(), e.endsOn(), e.capacity());
        } else if (event instanceof TrainingClassCompleted e) {
            update(connection, "UPDATE training_class SET completed_on = ? WHERE class_id = ?",
                    e.completedOn(), e.classId());
        } else if (event instanceof TraineeEnrolled e) {
            update(connection, "INSERT INTO enrolment (person_id, class_id, kind, enrolled_on) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    e.personId(), e.classId(), e.kind(), e.enrolledOn());
            if (e.kind() == TrainingKind.AWARENESS) {
                person(connection, e.personId());
                earliest(connection, e.personId(), "enrolled_on", e.enrolledOn());
            }
        } else if (event instanceof TraineeWithdrawn e) {
            update(connection, "UPDATE enrolment SET withdrawn_on = ? WHERE person_id = ? AND class_id = ?",
                    e.withdrawnOn(), e.personId(), e.classId());
        } else if (event instanceof AwarenessCheckFailed e) {
            checkAttempt(connection, e.personId(), e.classId(), e.attempt(), false, e.checkedOn());
        } else if (event instanceof AwarenessCheckPassed e) {
            checkAttempt(connection, e.personId(), e.classId(), e.attempt(), true, e.checkedOn());
        } else if (event instanceof CertificateIssued e) {
            update(connection, """
                    INSERT INTO certificate (certificate_number, person_id, kind, issuer_id, class_id, issued_on, valid_until)
                    VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (certificate_number) DO UPDATE SET person_id = excluded.person_id,
                        kind = excluded.kind, issuer_id = excluded.issuer_id, class_id = excluded.class_id,
                        issued_on = excluded.issued_on, valid_until = excluded.valid_until
                    """, e.certificateNumber(), e.personId(), e.kind(), e.issuerId(), e.classId(), e.issuedOn(), e.validUntil());
            if (e.kind() == TrainingKind.AWARENESS) {
                person(connection, e.personId());
                update(connection, "UPDATE person SET certified_on = least(certified_on, ?), "
                                + "certificate_valid_until = greatest(certificate_valid_until, ?) WHERE person_id = ?",
                        e.issuedOn(), e.validUntil(), e.personId());
            }
        } else if (event instanceof CertificateRevoked e) {
            update(connection, """
                    INSERT INTO certificate (certificate_number, person_id, kind, issuer_id, issued_on, revoked_on)
                    VALUES (?, ?, 'AWARENESS', ?, ?, ?) ON CONFLICT (certificate_number) DO UPDATE SET revoked_on = excluded.revoked_on
                    """, e.certificateNumber(), e.personId(), e.personId(), e.revokedOn(), e.revokedOn());
        } else if (event instanceof AdmissionCaseOpened e) {
            person(connection, e.candidateId());
            update(connection, "UPDATE person SET case_id = coalesce(case_id, ?), case_opened_on = least(case_opened_on, ?) WHERE person_id = ?",
                    e.caseId(), e.openedOn(), e.candidateId());
            placePerson(connection, e.candidateId(), e.cellId(), null, e.openedOn());
        } else if (event instanceof CellResolutionAdopted e) {
            person(connection, e.candidateId());
            update(connection, "UPDATE person SET cell_resolution_on = greatest(cell_resolution_on, ?), decision_due = "
                            + "CASE WHEN cell_resolution_on IS NULL OR cell_resolution_on <= ? THEN ? ELSE decision_due END WHERE person_id = ?",
                    e.votedOn(), e.votedOn(), e.decisionDue(), e.candidateId());
        } else if (event instanceof AdmissionDecided e) {
            person(connection, e.candidateId());
            update(connection, "UPDATE person SET decided_on = ?, ceremony_due = ? WHERE person_id = ?",
                    e.decidedOn(), e.ceremonyDue(), e.candidateId());
        } else if (event instanceof AdmissionRejected e) {
            closeCase(connection, e.candidateId(), e.rejectedOn(), "REJECTED");
        } else if (event instanceof AdmissionWithdrawn e) {
            closeCase(connection, e.candidateId(), e.withdrawnOn(), "WITHDRAWN");
        } else if (event instanceof MemberAdmitted e) {
            admitted(connection, e);
        } else if (event instanceof RecognitionVoteAdopted e) {
            person(connection, e.memberId());
            update(connection, "UPDATE person SET recognition_voted_on = ?, recognition_decision_due = ? WHERE person_id = ?",
                    e.votedOn(), e.decisionDue(), e.memberId());
        } else if (event instanceof MemberRecognised e) {
            person(connection, e.memberId());
            update(connection, "UPDATE person SET recognised_on = ?, official_on = ? WHERE person_id = ?",
                    e.decidedOn(), e.officialOn(), e.memberId());
            member(connection, e.memberId());
            update(connection, "UPDATE member SET official_date = ? WHERE member_id = ?", e.officialOn(), e.memberId());
            placeMember(connection, e.memberId(), e.cellId(), null, null);
        } else if (event instanceof MemberStruckOff e) {
            person(connection, e.memberId());
            update(connection, "UPDATE person SET struck_off_on = ? WHERE person_id = ?", e.decidedOn(), e.memberId());
            member(connection, e.memberId());
            update(connection, "UPDATE member SET left_on = coalesce(left_on, ?) WHERE member_id = ?", e.decidedOn(), e.memberId());
            placeMember(connection, e.memberId(), e.cellId(), null, null);
        } else if (event instanceof MemberRegistered e) {
            member(connection, e.memberId());
            LocalDate official = e.status() == MemberStatus.OFFICIAL ? (e.officialDate() != null ? e.officialDate() : e.entryDate()) : e.officialDate();
            update(connection, "UPDATE member SET entry_date = coalesce(entry_date, ?), official_date = coalesce(official_date, ?) WHERE member_id = ?",
                    e.entryDate(), official, e.memberId());
            placeMember(connection, e.memberId(), e.cellId(), e.residentialAreaId(), e.entryDate());
        } else if (event instanceof MemberTransferred e) {
            member(connection, e.memberId());
            placeMember(connection, e.memberId(), e.toCellId(), null, e.transferredOn());
        } else if (event instanceof MemberLeft e) {
            member(connection, e.memberId());
            update(connection, "UPDATE member SET left_on = coalesce(left_on, ?) WHERE member_id = ?", e.leftOn(), e.memberId());
        }
        if (live) {
            refreshAggregates(connection, event, before);
            refreshTraining(connection, event, certificateClassBefore);
        }
        return true;
    }

    /** Counts events applied to the generation and moves asOf to the latest event time. */
    public void recordApplied(Connection connection, long events, OffsetDateTime latest) {
        update(connection, "UPDATE projection_state SET events_applied = events_applied + ?, "
                + "as_of = CASE WHEN as_of IS NULL OR as_of < ? THEN ? ELSE as_of END", events, latest, latest);
    }

    private void admitted(Connection connection, MemberAdmitted e) {
        person(connection, e.candidateId());
        update(connection, """
                UPDATE person SET case_id = coalesce(case_id, ?), decided_on = coalesce(decided_on, ?), admitted_on = ?,
                    probation_ends_on = ?, recognition_vote_due = ?, source = coalesce(source, ?),
                    age_at_admission = coalesce(?, age_at_admission) WHERE person_id = ?
                """, e.caseId(), e.decidedOn(), e.ceremonyOn(), e.probationEndsOn(), e.recognitionVoteDue(), e.source(),
                e.demographics() == null ? null : e.demographics().ageOnEventDate(), e.candidateId());
        placePerson(connection, e.candidateId(), e.cellId(), e.residentialAreaId(), e.ceremonyOn());
        demographics(connection, e.candidateId(), e.demographics(), e.ceremonyOn());
        member(connection, e.candidateId());
        update(connection, "UPDATE member SET entry_date = ? WHERE member_id = ?", e.ceremonyOn(), e.candidateId());
        placeMember(connection, e.candidateId(), e.cellId(), e.residentialAreaId(), e.ceremonyOn());
    }

    private void organisation(Connection connection, UUID id, UUID parentId, String kind, String code, String name, String path,
                              boolean mayDecide, Integer population, boolean live) {
        update(connection, """
                INSERT INTO org_node (id, parent_id, path, kind, code, name, may_decide, population) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET parent_id = excluded.parent_id, path = excluded.path, kind = excluded.kind,
                    code = excluded.code, name = excluded.name, may_decide = excluded.may_decide, population = excluded.population
                """, id, parentId, path, kind, code, name, mayDecide, population);
        if (live) {
            // facts that arrived before their organisation, or kept an old path, learn the path now
            update(connection, "UPDATE person SET org_path = ? WHERE cell_id = ? AND org_path IS DISTINCT FROM ?", path, id, path);
            update(connection, "UPDATE training_class SET org_path = ? WHERE organiser_id = ? AND org_path IS DISTINCT FROM ?", path, id, path);
            update(connection, "UPDATE residential_area SET commune_path = ? WHERE commune_id = ? AND commune_path IS DISTINCT FROM ?", path, id, path);
            Aggregates.repath(connection, id, path);
        }
    }

    private void residentialArea(Connection connection, ResidentialAreaRegistered e, boolean live) {
        update(connection, """
                INSERT INTO residential_area (id, commune_id, commune_path, kind, name, disadvantaged, covering_cell_id, population)
                VALUES (?, ?, (SELECT path FROM org_node WHERE id = ?), ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET commune_id = excluded.commune_id, commune_path = excluded.commune_path, kind = excluded.kind,
                    name = excluded.name, disadvantaged = excluded.disadvantaged, covering_cell_id = excluded.covering_cell_id,
                    population = excluded.population
                """, e.residentialAreaId(), e.communeId(), e.communeId(), e.kind(), e.name(), e.disadvantaged(), e.coveringCellId(), e.population());
        if (live) {
            Aggregates.area(connection, e.residentialAreaId());
        }
    }

    private static void person(Connection connection, UUID personId) {
        update(connection, "INSERT INTO person (person_id) VALUES (?) ON CONFLICT DO NOTHING", personId);
    }

    private static void member(Connection connection, UUID memberId) {
        update(connection, "INSERT INTO member (member_id) VALUES (?) ON CONFLICT DO NOTHING", memberId);
    }

    private static void earliest(Connection connection, UUID personId, String column, LocalDate date) {
        update(connection, "UPDATE person SET " + column + " = least(" + column + ", ?) WHERE person_id = ?", date, personId);
    }

    private static void latest(Connection connection, UUID personId, String column, LocalDate date) {
        update(connection, "UPDATE person SET " + column + " = greatest(" + column + ", ?) WHERE person_id = ?", date, personId);
    }

    /** Where the person is: the latest dated fact wins, whatever order the facts arrive in. */
    private static void placePerson(Connection connection, UUID personId, UUID cellId, UUID areaId, LocalDate since) {
        update(connection, """
                UPDATE person SET cell_id = ?, cell_since = ?, org_path = (SELECT path FROM org_node WHERE id = ?),
                    residential_area_id = coalesce(?, residential_area_id)
                WHERE person_id = ? AND (cell_since IS NULL OR cell_since <= ?)
                """, cellId, since, cellId, areaId, personId, since);
    }

    private static void placeMember(Connection connection, UUID memberId, UUID cellId, UUID areaId, LocalDate since) {
        if (since == null) {
            update(connection, "UPDATE member SET cell_id = coalesce(cell_id, ?) WHERE member_id = ?", cellId, memberId);
            return;
        }
        update(connection, """
                UPDATE member SET cell_id = ?, cell_since = ?, residential_area_id = coalesce(?, residential_area_id)
                WHERE member_id = ? AND (cell_since IS NULL OR cell_since <= ?)
                """, cellId, since, areaId, memberId, since);
    }

    private static void demographics(Connection connection, UUID personId, Demographics d, LocalDate on) {
        if (d == null) {
            return;
        }
        update(connection, """
                UPDATE person SET demographics_on = ?, gender = ?, ethnic_group = ?, religion = ?, general_education = ?,
                    professional_level = ?, occupation = ?, youth_union = ?
                WHERE person_id = ? AND (demographics_on IS NULL OR demographics_on <= ?)
                """, on, d.gender(), d.ethnicGroup(), d.religion(), d.generalEducation(), d.professionalLevel(),
                d.occupation(), d.youthUnionMember(), personId, on);
    }

    private static void checkAttempt(Connection connection, UUID personId, UUID classId, int attempt, boolean passed, LocalDate on) {
        update(connection, "INSERT INTO check_attempt (person_id, class_id, attempt, passed, checked_on) VALUES (?, ?, ?, ?, ?) "
                + "ON CONFLICT (person_id, class_id, attempt) DO UPDATE SET passed = excluded.passed, checked_on = excluded.checked_on",
                personId, classId, attempt, passed, on);
    }

    private static void closeCase(Connection connection, UUID personId, LocalDate on, String how) {
        person(connection, personId);
        update(connection, "UPDATE person SET case_closed_on = ?, case_closed_as = ? WHERE person_id = ?", on, how, personId);
    }

    private static UUID personOf(DomainEvent event) {
        if (event instanceof OrganisationRegistered || event instanceof OrganisationUpdated || event instanceof OrganisationRetired
                || event instanceof ResidentialAreaRegistered || event instanceof TrainingClassScheduled
                || event instanceof TrainingClassCompleted) {
            return null;
        }
        try {
            return UUID.fromString(event.subject());
        } catch (IllegalArgumentException notAPerson) {
            return null;
        }
    }

    /**
     * Recomputes the aggregates of every cell, cell-month and area the person was counted in before or is counted in
     * after the event, each once (before and after are usually the same cell).
     */
    private static void refreshAggregates(Connection connection, DomainEvent event, PersonSnapshot before) {
        PersonSnapshot after = PersonSnapshot.of(connection, personOf(event));
        Set<List<Object>> admissionMonths = new LinkedHashSet<>();
        Set<UUID> personCells = new LinkedHashSet<>();
        Set<UUID> cells = new LinkedHashSet<>();
        Set<UUID> areas = new LinkedHashSet<>();
        for (PersonSnapshot snapshot : new PersonSnapshot[] {before, after}) {
            if (snapshot == null) {
                continue;
            }
            admissionMonths.add(Arrays.asList(snapshot.personCellId(), snapshot.admittedOn()));
            personCells.add(snapshot.personCellId());
            cells.add(snapshot.personCellId());
            cells.add(snapshot.memberCellId());
            areas.add(snapshot.memberAreaId());
        }
        cells.add(event instanceof OrganisationRegistered e ? e.organisationId()
                : event instanceof OrganisationUpdated e ? e.organisationId()
                : event instanceof OrganisationRetired e ? e.organisationId() : null);
        admissionMonths.forEach(cellMonth -> Aggregates.admissions(connection, (UUID) cellMonth.get(0), (LocalDate) cellMonth.get(1)));
        personCells.forEach(cell -> {
            Aggregates.stages(connection, cell);
            Aggregates.pipeline(connection, cell);
        });
        cells.forEach(cell -> Aggregates.cell(connection, cell));
        areas.forEach(area -> Aggregates.area(connection, area));
    }

    /** The class a certificate named by the event counted for before it (a re-issue may name another class; a revocation none). */
    private static UUID certificateClass(Connection connection, DomainEvent event) {
        String number = event instanceof CertificateIssued e ? e.certificateNumber()
                : event instanceof CertificateRevoked e ? e.certificateNumber() : null;
        return number == null ? null
                : SqlStatements.one(connection, "SELECT class_id FROM certificate WHERE certificate_number = ?", row -> row.getObject(1, UUID.class), number);
    }

    /** Recomputes the training rows of every class whose figures the event may have changed. */
    private static void refreshTraining(Connection connection, DomainEvent event, UUID certificateClassBefore) {
        Set<UUID> classes = new LinkedHashSet<>();
        classes.add(certificateClassBefore);
        if (event instanceof TrainingClassScheduled e) {
            classes.add(e.classId());
        } else if (event instanceof TraineeEnrolled e) {
            classes.add(e.classId());
        } else if (event instanceof TraineeWithdrawn e) {
            classes.add(e.classId());
        } else if (event instanceof AwarenessCheckFailed e) {
            classes.add(e.classId());
        } else if (event instanceof AwarenessCheckPassed e) {
            classes.add(e.classId());
        } else if (event instanceof CertificateIssued e) {
            classes.add(e.classId());
        }
        classes.remove(null);
        classes.forEach(classId -> Aggregates.training(connection, classId));
    }

    /** Where a person's figures are counted, before and after an event, to know which aggregates to recompute. */
    private record PersonSnapshot(UUID personCellId, LocalDate admittedOn, UUID memberCellId, UUID memberAreaId) {
        static PersonSnapshot of(Connection connection, UUID personId) {
            if (personId == null) {
                return null;
            }
            return SqlStatements.one(connection, """
                    SELECT p.cell_id, p.admitted_on, m.cell_id, m.residential_area_id
                    FROM (SELECT ?::uuid AS id) k LEFT JOIN person p ON p.person_id = k.id LEFT JOIN member m ON m.member_id = k.id
                    """, row -> new PersonSnapshot(row.getObject(1, UUID.class), row.getObject(2, LocalDate.class),
                    row.getObject(3, UUID.class), row.getObject(4, UUID.class)), personId);
        }
    }
}
