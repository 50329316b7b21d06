package vn.partydev.reporting.service;

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

import java.sql.Connection;
import java.util.List;
import java.util.Set;

/**
 * Applies a staged batch of events to a generation set-wise: one statement per fact (column group), over every
 * event type that carries it, instead of a few statements per event. Gives exactly the rows the per-event
 * per-event application of the same facts would give for the same events in the same order:
 * <ul>
 * <li>earliest / latest dates: {@code least}/{@code greatest} with the batch's min/max;</li>
 * <li>"first value wins" ({@code coalesce(column, ?)}): the first non-null value in reading order, when the column is
 *     still empty; "last event wins" (plain overwrites, upserts): the last event in reading order per key;</li>
 * <li>"latest business date wins" (where a person or member is, demographics, the cell resolution): an event applies
 *     when its date is not before the current one nor before any earlier event's in the batch (a running max over
 *     reading order); the last one applying wins;</li>
 * <li>updates of rows that must already exist (retirement, completion, withdrawal): applied to rows existing before
 *     the batch, then again to rows created in the batch by an event read earlier;</li>
 * <li>overwrites run before the "first value wins" statements on the same column, as an overwrite beats an earlier
 *     coalesce and survives a later one.</li>
 * </ul>
 * Statements run only when the batch holds one of the event types they read.
 */
final class SetWiseProjection {

    private record Step(Set<Class<? extends DomainEvent>> types, String sql) {
    }

    private static final String ORGANISATION_FACTS = """
            SELECT seq, organisation_id, parent_id, path, kind, code, name, may_decide_admission, population FROM stage_organisation_registered
            UNION ALL SELECT seq, organisation_id, parent_id, path, kind, code, name, may_decide_admission, population FROM stage_organisation_updated
            """;

    private static final String PERSON_PLACEMENTS = """
            SELECT seq, candidate_id AS id, cell_id AS cell, residential_area_id AS area, nominated_on AS since FROM stage_candidate_nominated
            UNION ALL SELECT seq, candidate_id, cell_id, NULL::uuid, resolution_date FROM stage_candidate_listed
            UNION ALL SELECT seq, candidate_id, cell_id, residential_area_id, changed_on FROM stage_candidate_profile_changed
            UNION ALL SELECT seq, candidate_id, cell_id, NULL::uuid, opened_on FROM stage_admission_case_opened
            UNION ALL SELECT seq, candidate_id, cell_id, residential_area_id, ceremony_on FROM stage_member_admitted
            """;

    private static final String MEMBER_PLACEMENTS = """
            SELECT seq, member_id AS id, cell_id AS cell, residential_area_id AS area, entry_date AS since FROM stage_member_registered
            UNION ALL SELECT seq, member_id, to_cell_id, NULL::uuid, transferred_on FROM stage_member_transferred
            UNION ALL SELECT seq, candidate_id, cell_id, residential_area_id, ceremony_on FROM stage_member_admitted
            """;

    private static final String DEMOGRAPHICS = "demographics_gender AS gender, "
            + "demographics_ethnic_group AS ethnic_group, demographics_religion AS religion, demographics_general_education AS general_education, "
            + "demographics_professional_level AS professional_level, demographics_occupation AS occupation, demographics_youth_union_member AS youth_union";

    private static final List<Step> STEPS = List.of(
            // --- the organisation tree: retirements of known organisations, upserts (last wins), retirements of new ones
            step(Set.of(OrganisationRetired.class), """
                    UPDATE org_node o SET retired_on = r.retired_on
                    FROM (SELECT DISTINCT ON (organisation_id) organisation_id, retired_on FROM stage_organisation_retired
                          ORDER BY organisation_id, seq DESC) r
                    WHERE o.id = r.organisation_id
                    """),
            step(Set.of(OrganisationRegistered.class, OrganisationUpdated.class), """
                    INSERT INTO org_node (id, parent_id, path, kind, code, name, may_decide, population)
                    SELECT DISTINCT ON (organisation_id) organisation_id, parent_id, path, kind, code, name, may_decide_admission, population
                    FROM (%s) o ORDER BY organisation_id, seq DESC
                    ON CONFLICT (id) DO UPDATE SET parent_id = excluded.parent_id, path = excluded.path, kind = excluded.kind,
                        code = excluded.code, name = excluded.name, may_decide = excluded.may_decide, population = excluded.population
                    """.formatted(ORGANISATION_FACTS)),
            step(Set.of(OrganisationRetired.class), """
                    UPDATE org_node o SET retired_on = r.retired_on
                    FROM (SELECT DISTINCT ON (organisation_id) organisation_id, retired_on FROM stage_organisation_retired r
                          WHERE EXISTS (SELECT 1 FROM (%s) u WHERE u.organisation_id = r.organisation_id AND u.seq < r.seq)
                          ORDER BY organisation_id, seq DESC) r
                    WHERE o.id = r.organisation_id
                    """.formatted(ORGANISATION_FACTS)),
            step(Set.of(ResidentialAreaRegistered.class), """
                    INSERT INTO residential_area (id, commune_id, commune_path, kind, name, disadvantaged, covering_cell_id, population)
                    SELECT DISTINCT ON (residential_area_id) residential_area_id, commune_id, (SELECT path FROM org_node WHERE id = commune_id),
                        kind, name, disadvantaged, covering_cell_id, population
                    FROM stage_residential_area_registered ORDER BY residential_area_id, seq DESC
                    ON CONFLICT (id) DO UPDATE SET commune_id = excluded.commune_id, commune_path = excluded.commune_path, kind = excluded.kind,
                        name = excluded.name, disadvantaged = excluded.disadvantaged, covering_cell_id = excluded.covering_cell_id,
                        population = excluded.population
                    """),

            // --- training
            step(Set.of(TrainingClassCompleted.class), """
                    UPDATE training_class c SET completed_on = x.completed_on
                    FROM (SELECT DISTINCT ON (class_id) class_id, completed_on FROM stage_training_class_completed ORDER BY class_id, seq DESC) x
                    WHERE c.class_id = x.class_id
                    """),
            step(Set.of(TrainingClassScheduled.class), """
                    INSERT INTO training_class (class_id, kind, organiser_id, org_path, starts_on, ends_on, capacity)
                    SELECT DISTINCT ON (class_id) class_id, kind, organiser_id, (SELECT path FROM org_node WHERE id = organiser_id),
                        starts_on, ends_on, capacity
                    FROM stage_training_class_scheduled ORDER BY class_id, seq DESC
                    ON CONFLICT (class_id) DO UPDATE SET kind = excluded.kind, organiser_id = excluded.organiser_id,
                        org_path = excluded.org_path, starts_on = excluded.starts_on, ends_on = excluded.ends_on, capacity = excluded.capacity
                    """),
            step(Set.of(TrainingClassCompleted.class), """
                    UPDATE training_class c SET completed_on = x.completed_on
                    FROM (SELECT DISTINCT ON (class_id) class_id, completed_on FROM stage_training_class_completed x
                          WHERE EXISTS (SELECT 1 FROM stage_training_class_scheduled s WHERE s.class_id = x.class_id AND s.seq < x.seq)
                          ORDER BY class_id, seq DESC) x
                    WHERE c.class_id = x.class_id
                    """),
            step(Set.of(TraineeWithdrawn.class), """
                    UPDATE enrolment e SET withdrawn_on = w.withdrawn_on
                    FROM (SELECT DISTINCT ON (person_id, class_id) person_id, class_id, withdrawn_on FROM stage_trainee_withdrawn
                          ORDER BY person_id, class_id, seq DESC) w
                    WHERE e.person_id = w.person_id AND e.class_id = w.class_id
                    """),
            step(Set.of(TraineeEnrolled.class), """
                    INSERT INTO enrolment (person_id, class_id, kind, enrolled_on)
                    SELECT DISTINCT ON (person_id, class_id) person_id, class_id, kind, enrolled_on FROM stage_trainee_enrolled
                    ORDER BY person_id, class_id, seq
                    ON CONFLICT DO NOTHING
                    """),
            step(Set.of(TraineeWithdrawn.class), """
                    UPDATE enrolment e SET withdrawn_on = w.withdrawn_on
                    FROM (SELECT DISTINCT ON (person_id, class_id) person_id, class_id, withdrawn_on FROM stage_trainee_withdrawn w
                          WHERE EXISTS (SELECT 1 FROM stage_trainee_enrolled s WHERE s.person_id = w.person_id AND s.class_id = w.class_id AND s.seq < w.seq)
                          ORDER BY person_id, class_id, seq DESC) w
                    WHERE e.person_id = w.person_id AND e.class_id = w.class_id
                    """),
            step(Set.of(AwarenessCheckFailed.class, AwarenessCheckPassed.class), """
                    INSERT INTO check_attempt (person_id, class_id, attempt, passed, checked_on)
                    SELECT DISTINCT ON (person_id, class_id, attempt) person_id, class_id, attempt, passed, checked_on
                    FROM (SELECT seq, person_id, class_id, attempt, FALSE AS passed, checked_on FROM stage_awareness_check_failed
                          UNION ALL SELECT seq, person_id, class_id, attempt, TRUE, checked_on FROM stage_awareness_check_passed) a
                    ORDER BY person_id, class_id, attempt, seq DESC
                    ON CONFLICT (person_id, class_id, attempt) DO UPDATE SET passed = excluded.passed, checked_on = excluded.checked_on
                    """),
            step(Set.of(CertificateIssued.class), """
                    INSERT INTO certificate (certificate_number, person_id, kind, issuer_id, class_id, issued_on, valid_until)
                    SELECT DISTINCT ON (certificate_number) certificate_number, person_id, kind, issuer_id, class_id, issued_on, valid_until
                    FROM stage_certificate_issued ORDER BY certificate_number, seq DESC
                    ON CONFLICT (certificate_number) DO UPDATE SET person_id = excluded.person_id, kind = excluded.kind,
                        issuer_id = excluded.issuer_id, class_id = excluded.class_id, issued_on = excluded.issued_on, valid_until = excluded.valid_until
                    """),
            // a revocation of an unknown certificate records it from the first revocation; the last revocation date stays
            step(Set.of(CertificateRevoked.class), """
                    INSERT INTO certificate (certificate_number, person_id, kind, issuer_id, issued_on, revoked_on)
                    SELECT f.certificate_number, f.person_id, 'AWARENESS', f.person_id, f.revoked_on, l.revoked_on
                    FROM (SELECT DISTINCT ON (certificate_number) certificate_number, person_id, revoked_on FROM stage_certificate_revoked
                          ORDER BY certificate_number, seq) f
                    JOIN (SELECT DISTINCT ON (certificate_number) certificate_number, revoked_on FROM stage_certificate_revoked
                          ORDER BY certificate_number, seq DESC) l ON l.certificate_number = f.certificate_number
                    ON CONFLICT (certificate_number) DO UPDATE SET revoked_on = excluded.revoked_on
                    """),

            // --- people in the pipeline
            step(Set.of(CandidateNominated.class, CandidateListed.class, CandidateRemovedFromList.class, CandidateProfileChanged.class,
                    TraineeEnrolled.class, CertificateIssued.class, AdmissionCaseOpened.class, CellResolutionAdopted.class,
                    AdmissionDecided.class, AdmissionRejected.class, AdmissionWithdrawn.class, MemberAdmitted.class,
                    RecognitionVoteAdopted.class, MemberRecognised.class, MemberStruckOff.class), """
                    INSERT INTO person (person_id)
                    SELECT candidate_id FROM stage_candidate_nominated UNION SELECT candidate_id FROM stage_candidate_listed
                    UNION SELECT candidate_id FROM stage_candidate_removed_from_list UNION SELECT candidate_id FROM stage_candidate_profile_changed
                    UNION SELECT person_id FROM stage_trainee_enrolled WHERE kind = 'AWARENESS'
                    UNION SELECT person_id FROM stage_certificate_issued WHERE kind = 'AWARENESS'
                    UNION SELECT candidate_id FROM stage_admission_case_opened UNION SELECT candidate_id FROM stage_cell_resolution_adopted
                    UNION SELECT candidate_id FROM stage_admission_decided UNION SELECT candidate_id FROM stage_admission_rejected
                    UNION SELECT candidate_id FROM stage_admission_withdrawn UNION SELECT candidate_id FROM stage_member_admitted
                    UNION SELECT member_id FROM stage_recognition_vote_adopted UNION SELECT member_id FROM stage_member_recognised
                    UNION SELECT member_id FROM stage_member_struck_off
                    ON CONFLICT DO NOTHING
                    """),
            earliest(CandidateNominated.class, "nominated_on", "stage_candidate_nominated", "candidate_id", "nominated_on", ""),
            step(Set.of(CandidateNominated.class, MemberAdmitted.class), """
                    UPDATE person p SET source = x.source
                    FROM (SELECT DISTINCT ON (id) id, source
                          FROM (SELECT seq, candidate_id AS id, source FROM stage_candidate_nominated
                                UNION ALL SELECT seq, candidate_id, source FROM stage_member_admitted) s
                          WHERE source IS NOT NULL ORDER BY id, seq) x
                    WHERE p.person_id = x.id AND p.source IS NULL
                    """),
            earliest(CandidateListed.class, "listed_on", "stage_candidate_listed", "candidate_id", "resolution_date", ""),
            step(Set.of(CandidateRemovedFromList.class), personDate("removed_on", "greatest", "max",
                    "stage_candidate_removed_from_list", "candidate_id", "removed_on", "")),
            earliest(TraineeEnrolled.class, "enrolled_on", "stage_trainee_enrolled", "person_id", "enrolled_on", "WHERE kind = 'AWARENESS'"),
            step(Set.of(CertificateIssued.class), """
                    UPDATE person p SET certified_on = least(p.certified_on, x.issued), certificate_valid_until = greatest(p.certificate_valid_until, x.valid)
                    FROM (SELECT person_id AS id, min(issued_on) AS issued, max(valid_until) AS valid FROM stage_certificate_issued
                          WHERE kind = 'AWARENESS' GROUP BY person_id) x
                    WHERE p.person_id = x.id
                    """),
            earliest(AdmissionCaseOpened.class, "case_opened_on", "stage_admission_case_opened", "candidate_id", "opened_on", ""),
            step(Set.of(AdmissionCaseOpened.class, MemberAdmitted.class), """
                    UPDATE person p SET case_id = x.case_id
                    FROM (SELECT DISTINCT ON (id) id, case_id
                          FROM (SELECT seq, candidate_id AS id, case_id FROM stage_admission_case_opened
                                UNION ALL SELECT seq, candidate_id, case_id FROM stage_member_admitted) c
                          WHERE case_id IS NOT NULL ORDER BY id, seq) x
                    WHERE p.person_id = x.id AND p.case_id IS NULL
                    """),
            step(Set.of(CellResolutionAdopted.class), """
                    WITH f AS (SELECT seq, candidate_id AS id, voted_on AS since, decision_due FROM stage_cell_resolution_adopted),
                    applying AS (%s),
                    last AS (SELECT DISTINCT ON (id) id, decision_due FROM applying ORDER BY id, seq DESC),
                    top AS (SELECT id, max(since) AS voted_on FROM f GROUP BY id)
                    UPDATE person p SET cell_resolution_on = greatest(p.cell_resolution_on, top.voted_on),
                        decision_due = CASE WHEN last.id IS NULL THEN p.decision_due ELSE last.decision_due END
                    FROM top LEFT JOIN last ON last.id = top.id
                    WHERE p.person_id = top.id
                    """.formatted(applying("person", "person_id", "cell_resolution_on"))),
            latest(AdmissionDecided.class, "stage_admission_decided", "candidate_id",
                    "decided_on", "decided_on", "ceremony_due", "ceremony_due"),
            step(Set.of(MemberAdmitted.class), """
                    UPDATE person p SET decided_on = coalesce(p.decided_on, d.decided_on), admitted_on = l.ceremony_on,
                        probation_ends_on = l.probation_ends_on, recognition_vote_due = l.recognition_vote_due,
                        age_at_admission = coalesce(l.demographics_age_on_event_date, p.age_at_admission)
                    FROM (SELECT DISTINCT ON (candidate_id) candidate_id, ceremony_on, probation_ends_on, recognition_vote_due,
                              demographics_age_on_event_date
                          FROM stage_member_admitted ORDER BY candidate_id, seq DESC) l
                    LEFT JOIN (SELECT DISTINCT ON (candidate_id) candidate_id, decided_on FROM stage_member_admitted
                               WHERE decided_on IS NOT NULL ORDER BY candidate_id, seq) d ON d.candidate_id = l.candidate_id
                    WHERE p.person_id = l.candidate_id
                    """),
            step(Set.of(CandidateNominated.class, CandidateListed.class, CandidateProfileChanged.class, AdmissionCaseOpened.class,
                    MemberAdmitted.class), """
                    WITH f AS (%s),
                    applying AS (%s),
                    last AS (SELECT DISTINCT ON (id) id, cell, since FROM applying ORDER BY id, seq DESC),
                    area AS (SELECT DISTINCT ON (id) id, area FROM applying WHERE area IS NOT NULL ORDER BY id, seq DESC)
                    UPDATE person p SET cell_id = last.cell, cell_since = last.since, org_path = (SELECT path FROM org_node WHERE id = last.cell),
                        residential_area_id = coalesce(area.area, p.residential_area_id)
                    FROM last LEFT JOIN area ON area.id = last.id
                    WHERE p.person_id = last.id
                    """.formatted(PERSON_PLACEMENTS, applying("person", "person_id", "cell_since"))),
            step(Set.of(CandidateNominated.class, CandidateProfileChanged.class, MemberAdmitted.class), """
                    WITH f AS (SELECT seq, candidate_id AS id, nominated_on AS since, %1$s FROM stage_candidate_nominated WHERE demographics
                               UNION ALL SELECT seq, candidate_id, changed_on, %1$s FROM stage_candidate_profile_changed WHERE demographics
                               UNION ALL SELECT seq, candidate_id, ceremony_on, %1$s FROM stage_member_admitted WHERE demographics),
                    applying AS (%2$s),
                    last AS (SELECT DISTINCT ON (id) * FROM applying ORDER BY id, seq DESC)
                    UPDATE person p SET demographics_on = last.since, gender = last.gender,
                        ethnic_group = last.ethnic_group, religion = last.religion, general_education = last.general_education,
                        professional_level = last.professional_level, occupation = last.occupation, youth_union = last.youth_union
                    FROM last WHERE p.person_id = last.id
                    """.formatted(DEMOGRAPHICS, applying("person", "person_id", "demographics_on"))),
            latest(RecognitionVoteAdopted.class, "stage_recognition_vote_adopted", "member_id",
                    "recognition_voted_on", "voted_on", "recognition_decision_due", "decision_due"),
            latest(MemberRecognised.class, "stage_member_recognised", "member_id",
                    "recognised_on", "decided_on", "official_on", "official_on"),
            latest(MemberStruckOff.class, "stage_member_struck_off", "member_id", "struck_off_on", "decided_on"),
            step(Set.of(AdmissionRejected.class, AdmissionWithdrawn.class), """
                    UPDATE person p SET case_closed_on = x.closed_on, case_closed_as = x.closed_as
                    FROM (SELECT DISTINCT ON (id) id, closed_on, closed_as
                          FROM (SELECT seq, candidate_id AS id, rejected_on AS closed_on, 'REJECTED' AS closed_as FROM stage_admission_rejected
                                UNION ALL SELECT seq, candidate_id, withdrawn_on, 'WITHDRAWN' FROM stage_admission_withdrawn) c
                          ORDER BY id, seq DESC) x
                    WHERE p.person_id = x.id
                    """),

            // --- the member roll
            step(Set.of(MemberRecognised.class, MemberStruckOff.class, MemberRegistered.class, MemberTransferred.class, MemberLeft.class,
                    MemberAdmitted.class), """
                    INSERT INTO member (member_id)
                    SELECT member_id FROM stage_member_recognised UNION SELECT member_id FROM stage_member_struck_off
                    UNION SELECT member_id FROM stage_member_registered UNION SELECT member_id FROM stage_member_transferred
                    UNION SELECT member_id FROM stage_member_left UNION SELECT candidate_id FROM stage_member_admitted
                    ON CONFLICT DO NOTHING
                    """),
            step(Set.of(MemberRecognised.class), """
                    UPDATE member m SET official_date = x.official_on
                    FROM (SELECT DISTINCT ON (member_id) member_id, official_on FROM stage_member_recognised ORDER BY member_id, seq DESC) x
                    WHERE m.member_id = x.member_id
                    """),
            step(Set.of(MemberAdmitted.class), """
                    UPDATE member m SET entry_date = x.ceremony_on
                    FROM (SELECT DISTINCT ON (candidate_id) candidate_id, ceremony_on FROM stage_member_admitted ORDER BY candidate_id, seq DESC) x
                    WHERE m.member_id = x.candidate_id
                    """),
            step(Set.of(MemberRegistered.class), """
                    UPDATE member m SET entry_date = coalesce(m.entry_date, e.entry_date), official_date = coalesce(m.official_date, o.official)
                    FROM (SELECT DISTINCT member_id FROM stage_member_registered) r
                    LEFT JOIN (SELECT DISTINCT ON (member_id) member_id, entry_date FROM stage_member_registered
                               WHERE entry_date IS NOT NULL ORDER BY member_id, seq) e ON e.member_id = r.member_id
                    LEFT JOIN (SELECT DISTINCT ON (member_id) member_id, official FROM
                                   (SELECT seq, member_id, CASE WHEN status = 'OFFICIAL' THEN coalesce(official_date, entry_date)
                                                                ELSE official_date END AS official FROM stage_member_registered) s
                               WHERE official IS NOT NULL ORDER BY member_id, seq) o ON o.member_id = r.member_id
                    WHERE m.member_id = r.member_id
                    """),
            step(Set.of(MemberStruckOff.class, MemberLeft.class), """
                    UPDATE member m SET left_on = x.left_on
                    FROM (SELECT DISTINCT ON (id) id, left_on
                          FROM (SELECT seq, member_id AS id, decided_on AS left_on FROM stage_member_struck_off
                                UNION ALL SELECT seq, member_id, left_on FROM stage_member_left) l
                          WHERE left_on IS NOT NULL ORDER BY id, seq) x
                    WHERE m.member_id = x.id AND m.left_on IS NULL
                    """),
            step(Set.of(MemberRegistered.class, MemberTransferred.class, MemberAdmitted.class), """
                    WITH f AS (%s),
                    applying AS (%s),
                    last AS (SELECT DISTINCT ON (id) id, cell, since FROM applying ORDER BY id, seq DESC),
                    area AS (SELECT DISTINCT ON (id) id, area FROM applying WHERE area IS NOT NULL ORDER BY id, seq DESC)
                    UPDATE member m SET cell_id = last.cell, cell_since = last.since, residential_area_id = coalesce(area.area, m.residential_area_id)
                    FROM last LEFT JOIN area ON area.id = last.id
                    WHERE m.member_id = last.id
                    """.formatted(MEMBER_PLACEMENTS, applying("member", "member_id", "cell_since"))),
            // recognition and striking off name the cell without a date: they only fill a cell still unknown
            step(Set.of(MemberRecognised.class, MemberStruckOff.class), """
                    UPDATE member m SET cell_id = x.cell_id
                    FROM (SELECT DISTINCT ON (id) id, cell_id
                          FROM (SELECT seq, member_id AS id, cell_id FROM stage_member_recognised
                                UNION ALL SELECT seq, member_id, cell_id FROM stage_member_struck_off) c
                          WHERE cell_id IS NOT NULL ORDER BY id, seq) x
                    WHERE m.member_id = x.id AND m.cell_id IS NULL
                    """),

            // --- acts with a deadline, as done (the compliance report): the last event of the act per person wins
            slaAct("DECISION", Set.of(AdmissionDecided.class), """
                    SELECT seq, candidate_id AS id, coalesce(decided_by, cell_id) AS responsible, case_id, cell_id, decision_due AS due,
                        decided_on AS done_on, NULL::date AS approved_on, late, late_working_days FROM stage_admission_decided
                    """),
            slaAct("CEREMONY", Set.of(MemberAdmitted.class), """
                    SELECT seq, candidate_id AS id, coalesce(decided_by, cell_id) AS responsible, case_id, cell_id, ceremony_due AS due,
                        ceremony_on AS done_on, superior_approval_on AS approved_on, late, late_working_days FROM stage_member_admitted
                    """),
            // R-SLA-3 measures the cell's first recognition vote, whether it passed or not: the cell answers for it
            slaAct("RECOGNITION_VOTE", Set.of(RecognitionVoteAdopted.class, RecognitionVoteFailed.class), """
                    SELECT seq, member_id AS id, cell_id AS responsible, case_id, cell_id, vote_due AS due, voted_on AS done_on,
                        NULL::date AS approved_on, late, late_working_days FROM stage_recognition_vote_adopted WHERE attempt = 1
                    UNION ALL SELECT seq, member_id, cell_id, case_id, cell_id, vote_due, voted_on, NULL::date, late, late_working_days
                    FROM stage_recognition_vote_failed WHERE attempt = 1
                    """),
            // striking off during probation answers no recognition vote and has no due date: not an R-SLA-3 act
            slaAct("RECOGNITION_DECISION", Set.of(MemberRecognised.class, MemberStruckOff.class), """
                    SELECT seq, member_id AS id, coalesce(decided_by, cell_id) AS responsible, case_id, cell_id, decision_due AS due,
                        decided_on AS done_on, NULL::date AS approved_on, late, late_working_days FROM stage_member_recognised
                    UNION ALL SELECT seq, member_id, coalesce(decided_by, cell_id), case_id, cell_id, decision_due, decided_on, NULL::date,
                        late, late_working_days FROM stage_member_struck_off WHERE decision_due IS NOT NULL
                    """));

    private final StagingTables tables;

    SetWiseProjection(StagingTables tables) {
        this.tables = tables;
    }

    /**
     * Applies the batch (already copied into the staging tables) and empties the staging tables; returns how many
     * events were new to this generation (the others had been applied by an earlier batch).
     */
    long apply(Connection connection, StagedBatch batch) {
        // applied_event is probed with the batch's ids (an index probe each): joined with the staged rows, which have no
        // statistics, the planner may scan every event the generation ever applied
        if (SqlStatements.update(connection, "DELETE FROM stage_event WHERE event_id IN"
                + " (SELECT event_id FROM applied_event WHERE event_id = ANY(?))", SqlStatements.uuids(connection, batch.eventIds())) > 0) {
            for (StagingTables.Table table : batch.tablesUsed()) {
                SqlStatements.update(connection, "DELETE FROM " + table.name() + " t WHERE NOT EXISTS (SELECT 1 FROM stage_event s WHERE s.seq = t.seq)");
            }
        }
        long applied = SqlStatements.update(connection, "INSERT INTO applied_event (event_id) SELECT event_id FROM stage_event");
        for (Step step : STEPS) {
            if (step.types().stream().anyMatch(batch::holds)) {
                SqlStatements.update(connection, step.sql());
            }
        }
        if (applied > 0) {
            SqlStatements.update(connection, "UPDATE projection_state SET events_applied = events_applied + ?, "
                    + "as_of = greatest(as_of, (SELECT max(time) FROM stage_event))", applied);
        }
        StringBuilder used = new StringBuilder(StagingTables.EVENTS);
        batch.tablesUsed().forEach(table -> used.append(", ").append(table.name()));
        SqlStatements.update(connection, "TRUNCATE " + used);
        return applied;
    }

    /**
     * The facts {@code f (seq, id, since, …)} that apply under "latest business date wins": not before the row's
     * current date, nor before any fact read earlier in the batch.
     */
    private static String applying(String table, String key, String dateColumn) {
        return """
                SELECT r.* FROM (SELECT f.*, max(since) OVER (PARTITION BY id ORDER BY seq ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS before
                                 FROM f) r
                JOIN %1$s t ON t.%2$s = r.id
                WHERE (t.%3$s IS NULL OR t.%3$s <= r.since) AND (r.before IS NULL OR r.before <= r.since)
                """.formatted(table, key, dateColumn);
    }

    /**
     * The act {@code act} (a row of {@code sla_act} per person) from the facts {@code (seq, id, responsible, case_id, cell_id,
     * due, done_on, approved_on, late, late_working_days)}: the last one in reading order per person overwrites.
     */
    private static Step slaAct(String act, Set<Class<? extends DomainEvent>> types, String facts) {
        return step(types, """
                INSERT INTO sla_act (person_id, act, responsible_id, case_id, cell_id, due, done_on, approved_on, late, late_working_days)
                SELECT DISTINCT ON (id) id, '%s', responsible, case_id, cell_id, due, done_on, approved_on, late, late_working_days
                FROM (%s) a WHERE id IS NOT NULL AND responsible IS NOT NULL AND done_on IS NOT NULL ORDER BY id, seq DESC
                ON CONFLICT (person_id, act) DO UPDATE SET responsible_id = excluded.responsible_id, case_id = excluded.case_id,
                    cell_id = excluded.cell_id, due = excluded.due, done_on = excluded.done_on, approved_on = excluded.approved_on,
                    late = excluded.late, late_working_days = excluded.late_working_days
                """.formatted(act, facts));
    }

    private static Step step(Set<Class<? extends DomainEvent>> types, String sql) {
        return new Step(types, sql);
    }

    /** A person's date that the first occurrence of a fact sets, whatever order the events arrive in. */
    private static Step earliest(Class<? extends DomainEvent> type, String column, String stage, String idColumn,
                                 String dateColumn, String where) {
        return step(Set.of(type), personDate(column, "least", "min", stage, idColumn, dateColumn, where));
    }

    /**
     * Person columns that the last event of a type per person (in reading order) overwrites, given as pairs of the
     * person column and the staged column it takes.
     */
    private static Step latest(Class<? extends DomainEvent> type, String stage, String idColumn, String... personAndStagedColumns) {
        StringBuilder set = new StringBuilder();
        StringBuilder staged = new StringBuilder();
        for (int i = 0; i < personAndStagedColumns.length; i += 2) {
            set.append(i == 0 ? "" : ", ").append(personAndStagedColumns[i]).append(" = x.").append(personAndStagedColumns[i + 1]);
            staged.append(", ").append(personAndStagedColumns[i + 1]);
        }
        return step(Set.of(type), "UPDATE person p SET " + set + " FROM (SELECT DISTINCT ON (" + idColumn + ") " + idColumn + staged
                + " FROM " + stage + " ORDER BY " + idColumn + ", seq DESC) x WHERE p.person_id = x." + idColumn);
    }

    /** Folds a staged date per person into {@code person.column} with {@code combine} (least/greatest). */
    private static String personDate(String column, String combine, String aggregate, String stage, String idColumn,
                                     String dateColumn, String where) {
        return "UPDATE person p SET " + column + " = " + combine + "(p." + column + ", x.d) FROM (SELECT " + idColumn
                + " AS id, " + aggregate + "(" + dateColumn + ") AS d FROM " + stage + " " + where + " GROUP BY " + idColumn
                + ") x WHERE p.person_id = x.id";
    }
}
