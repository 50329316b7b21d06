package vn.partydev.reporting.service;

import vn.partydev.reporting.ReadModelDigest;
import vn.partydev.reporting.TopicsFromTheBeginning;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.partydev.platform.codes.EthnicGroup;
import vn.partydev.platform.codes.Gender;
import vn.partydev.platform.codes.GeneralEducation;
import vn.partydev.platform.codes.MemberStatus;
import vn.partydev.platform.codes.NominationSource;
import vn.partydev.platform.codes.Occupation;
import vn.partydev.platform.codes.OrganisationKind;
import vn.partydev.platform.codes.ProfessionalLevel;
import vn.partydev.platform.codes.Religion;
import vn.partydev.platform.codes.ResidentialAreaKind;
import vn.partydev.platform.codes.TrainingKind;
import vn.partydev.platform.events.CloudEventCodec;
import vn.partydev.platform.events.Demographics;
import vn.partydev.platform.events.DomainEvent;
import vn.partydev.platform.events.EventTypes;
import vn.partydev.platform.events.UndecodableEvent;
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
import vn.partydev.reporting.ReportingDataset;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The live projection — batches applied set-wise, aggregates changed by the difference of the batch's people's
 * contributions — gives exactly the tables of a rebuild (facts set-wise, then every aggregate in bulk) for the same events
 * in the same order: the whole test dataset read back from the topics, followed by events in adversarial orders (updates
 * before the row they update, equal business dates, duplicates, overwrites around first-value-wins facts, organisations
 * and classes known late), applied live in batches of 7 and 500 and in one batch, and rebuilt in batches.
 */
@QuarkusTest
class SetWiseProjectionTest {

    private static final List<String> TABLES = List.of("org_node", "residential_area", "person", "member", "cell_stat", "admission_stat", "admission_rollup",
            "member_rollup", "funnel_stat", "funnel_rollup", "duration_stat", "duration_rollup", "working_day", "pipeline_stat", "pipeline_rollup", "training_class", "enrolment", "check_attempt", "certificate", "training_day", "training_rollup", "applied_event",
            "projection_state", "sla_act");

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ReadModels readModels;

    @Inject
    LiveProjection live;

    private final StagingTables staging = new StagingTables(LiveProjection.EVENT_TYPES);
    private final SetWiseProjection setWise = new SetWiseProjection(staging);

    private record Event(DomainEvent event, UUID id, OffsetDateTime time) {
    }

    @Test
    void liveBatchesGiveTheTablesOfARebuild() throws Exception {
        ReportingDataset.ensurePublished(dataSource);
        List<Event> events = new ArrayList<>(fromTopics());
        int fromTopics = events.size();
        events.addAll(adversarial());
        assertTrue(fromTopics > 1_500, "the dataset was read back from the topics: " + fromTopics);
        String suffix = Long.toString(System.nanoTime());
        List<String> schemas = new ArrayList<>();
        try {
            String rebuilt = "seteq_rebuilt_" + suffix;
            schemas.add(rebuilt);
            rebuild(rebuilt, events, events.size());
            Map<String, String> expected = digest(rebuilt);
            for (String table : List.of("admission_rollup", "member_rollup", "funnel_rollup", "duration_rollup", "pipeline_rollup", "training_rollup")) {
                assertFalse(expected.get(table).startsWith("0:"), table + " has rows: " + expected);
            }

            for (int size : new int[] {7, 500}) {
                String schema = "seteq_rebuilt_" + size + "_" + suffix;
                schemas.add(schema);
                rebuild(schema, events, size);
                assertEquals(expected, digest(schema), "rebuilt in batches of " + size + " against one batch");
            }

            for (int size : new int[] {7, 500, events.size()}) {
                String schema = "seteq_live_" + size + "_" + suffix;
                schemas.add(schema);
                create(schema);
                applyLive(schema, events, size);
                assertEquals(expected, digest(schema), "live in batches of " + size + " against a rebuild");
                long[] cells = cellStatAgainstOrgNode(schema);
                assertEquals(0, cells[0], schema + ": cell_stat rows whose path, code, name or current cell differ from org_node");
                assertEquals(0, cells[1], schema + ": organisations without a cell_stat row");
                assertTrue(cells[2] >= 1, schema + ": current cells " + cells[2]);
                assertTrue(cells[3] >= 1, schema + ": retired cells " + cells[3]);
            }
        } finally {
            try (Connection connection = dataSource.getConnection()) {
                for (String schema : schemas) {
                    connection.createStatement().execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                }
            }
        }
    }

    /**
     * A correction of the working calendar while events keep arriving: the live generation takes the new working days and
     * notes the cells to recount, batches go on (recounting first the waiting cells they touch), the rest is recounted a cell at
     * a time — and the tables equal a rebuild's with the corrected calendar.
     */
    @Test
    void aCalendarCorrectionRecountedBesideLiveBatchesGivesTheTablesOfARebuild() throws Exception {
        ReportingDataset.ensurePublished(dataSource);
        List<Event> events = new ArrayList<>(fromTopics());
        events.addAll(adversarial());
        String suffix = Long.toString(System.nanoTime());
        String live = "calendar_live_" + suffix;
        String rebuilt = "calendar_rebuilt_" + suffix;
        LocalDate[] dayOff = new LocalDate[1];
        try {
            create(live);
            int half = events.size() / 2;
            applyLive(live, events.subList(0, half), 500);
            // a Wednesday inside a duration of the first half: which events come first depends on how the topics are polled
            transaction(live, connection -> dayOff[0] = SqlStatements.one(connection, "SELECT min(s.earlier + (9 - extract(isodow FROM s.earlier)::int) % 7 + 1) "
                    + "FROM person p " + FunnelReport.Stage.STEPS + " WHERE p.cell_id IS NOT NULL AND s.later - s.earlier >= 7", row -> row.getObject(1, LocalDate.class)));
            assertNotNull(dayOff[0], "the first half holds a duration of a week or more");
            setWorkingDay(dayOff[0], false);
            long[] waiting = new long[1];
            transaction(live, connection -> {
                WorkingCalendarDurations.takeNewWorkingDays(connection);
                waiting[0] = WorkingCalendarDurations.waitingCells(connection);
            });
            assertTrue(waiting[0] >= 1, "cells with a duration across the corrected day wait for their recount: " + waiting[0]);
            applyLive(live, events.subList(half, events.size()), 500);
            int[] recounted = new int[1];
            do {
                transaction(live, connection -> recounted[0] = WorkingCalendarDurations.recountSome(connection, 1));
            } while (recounted[0] > 0);
            transaction(live, connection -> waiting[0] = WorkingCalendarDurations.waitingCells(connection));
            assertEquals(0, waiting[0]);

            rebuild(rebuilt, events, events.size());
            assertEquals(digest(rebuilt), digest(live), "live across a calendar correction against a rebuild with the corrected calendar");
        } finally {
            if (dayOff[0] != null) {
                setWorkingDay(dayOff[0], null);
            }
            try (Connection connection = dataSource.getConnection()) {
                for (String schema : List.of(live, rebuilt)) {
                    connection.createStatement().execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                }
            }
        }
    }

    private void applyLive(String schema, List<Event> events, int size) {
        for (int from = 0; from < events.size(); from += size) {
            List<LiveProjection.Projected> chunk = events.subList(from, Math.min(events.size(), from + size)).stream()
                    .map(e -> new LiveProjection.Projected(e.event(), e.id(), e.time())).toList();
            transaction(schema, connection -> live.apply(connection, chunk));
        }
    }

    /** The shared working calendar: {@code day} working or not, or as the week has it ({@code null}). */
    private void setWorkingDay(LocalDate day, Boolean working) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             var statement = connection.prepareStatement(working == null ? "DELETE FROM public.working_calendar_day WHERE day = ?"
                     : "INSERT INTO public.working_calendar_day (day, working, note) VALUES (?, ?, 'test') "
                     + "ON CONFLICT (day) DO UPDATE SET working = excluded.working")) {
            statement.setObject(1, day);
            if (working != null) {
                statement.setBoolean(2, working);
            }
            statement.executeUpdate();
        }
    }

    /** As a rebuild does: facts set-wise in batches of {@code size}, then every aggregate in bulk. */
    private void rebuild(String schema, List<Event> events, int size) throws SQLException {
        create(schema);
        long seq = 0;
        for (int from = 0; from < events.size(); from += size) {
            List<Event> chunk = events.subList(from, Math.min(events.size(), from + size));
            long first = seq;
            seq += chunk.size();
            transaction(schema, connection -> {
                staging.ensureCreated(connection);
                StagedBatch batch = new StagedBatch(staging);
                long s = first;
                for (Event e : chunk) {
                    batch.add(++s, e.id(), e.time(), e.event());
                }
                batch.copyInto(connection);
                setWise.apply(connection, batch);
            });
        }
        transaction(schema, Aggregates::all);
    }

    private List<Event> fromTopics() {
        Map<String, Class<? extends DomainEvent>> types = LiveProjection.EVENT_TYPES.stream()
                .collect(Collectors.toMap(EventTypes::typeOf, Function.identity()));
        List<Event> events = new ArrayList<>();
        try (TopicsFromTheBeginning topics = new TopicsFromTheBeginning(Map.of())) {
            while (!topics.atEnd()) {
                for (ConsumerRecord<byte[], byte[]> record : topics.consumer().poll(Duration.ofMillis(200))) {
                    try {
                        var decoded = CloudEventCodec.decode(record);
                        Class<? extends DomainEvent> type = types.get(decoded.metadata().type());
                        if (type != null) {
                            events.add(new Event(decoded.data(type), decoded.metadata().id(), decoded.metadata().time()));
                        }
                    } catch (UndecodableEvent poison) {
                        // skipped by the live consumer (dead-lettered) and by the rebuild alike
                    }
                }
            }
        }
        return events;
    }

    /** Orders the per-event projection resolves by arrival: every case the set-wise statements must reproduce. */
    private static List<Event> adversarial() {
        List<Event> events = new ArrayList<>();
        UUID root = UUID.fromString("00000000-0000-0000-0000-000000000001");
        UUID province = UUID.randomUUID();
        UUID lateOrg = UUID.randomUUID();
        UUID cellA = UUID.randomUUID();
        UUID cellB = UUID.randomUUID();
        UUID cellC = UUID.randomUUID();
        UUID area = UUID.randomUUID();
        UUID otherArea = UUID.randomUUID();
        String provincePath = "/" + root + "/" + province + "/";
        LocalDate day = LocalDate.of(2026, 2, 10);
        Demographics woman = new Demographics(Gender.FEMALE, 30, EthnicGroup.TAY, Religion.NONE,
                GeneralEducation.UPPER_SECONDARY, ProfessionalLevel.UNIVERSITY, Occupation.FARMER, true, false);
        Demographics man = new Demographics(Gender.MALE, 35, EthnicGroup.KINH, Religion.BUDDHISM,
                GeneralEducation.UPPER_SECONDARY, ProfessionalLevel.COLLEGE, Occupation.CIVIL_SERVANT, false, true);
        // the organisation tree: retired before it exists (lost), then after; updated twice; a cell known only late
        add(events, new OrganisationRetired(lateOrg, day.minusDays(5), null));
        add(events, new OrganisationRegistered(province, root, OrganisationKind.PROVINCIAL, "SW", "Tỉnh\tthử \\ set-wise", provincePath, true, 900_000, day));
        add(events, new OrganisationRegistered(lateOrg, province, OrganisationKind.COMMUNE, "SW-X", "Xã", provincePath + lateOrg + "/", true, 5_000, day));
        add(events, new OrganisationRetired(lateOrg, day.plusDays(5), null));
        add(events, new OrganisationUpdated(lateOrg, province, OrganisationKind.COMMUNE, "SW-X2", "Xã mới", provincePath + lateOrg + "/", true, 6_000));
        add(events, new OrganisationRetired(province, day.plusDays(1), null));
        add(events, new OrganisationRetired(province, day.plusDays(2), null));
        add(events, new ResidentialAreaRegistered(area, lateOrg, ResidentialAreaKind.THON, "Thôn 1", false, cellA, 800));
        add(events, new ResidentialAreaRegistered(area, lateOrg, ResidentialAreaKind.BAN, "Bản 1", true, cellB, 900));
        add(events, new OrganisationRegistered(cellA, lateOrg, OrganisationKind.CELL, "SW-A", "Chi bộ A", provincePath + lateOrg + "/" + cellA + "/", false, null, day));
        // training: completion and withdrawal before what they update (lost), enrolment twice (first wins), checks overwritten
        UUID classId = UUID.randomUUID();
        UUID person = UUID.randomUUID();
        add(events, new TrainingClassCompleted(classId, day.plusDays(1), 1, 0));
        add(events, new TraineeWithdrawn(person, classId, day.minusDays(1)));
        add(events, new TrainingClassScheduled(classId, TrainingKind.AWARENESS, lateOrg, day.minusDays(20), day, 30, 5, true, 80));
        add(events, new TraineeEnrolled(person, classId, TrainingKind.AWARENESS, day.minusDays(19)));
        add(events, new TraineeEnrolled(person, classId, TrainingKind.AWARENESS, day.minusDays(25)));
        add(events, new TraineeWithdrawn(person, classId, day.minusDays(3)));
        add(events, new TrainingClassCompleted(classId, day.plusDays(2), 1, 0));
        add(events, new AwarenessCheckFailed(person, classId, 1, day.minusDays(2)));
        add(events, new AwarenessCheckPassed(person, classId, 1, day.minusDays(1)));
        add(events, new AwarenessCheckPassed(person, classId, 2, day));
        add(events, new CertificateRevoked(person, "SW-1", day.plusDays(3)));
        add(events, new CertificateIssued(person, "SW-1", TrainingKind.AWARENESS, lateOrg, classId, day, day.plusYears(5)));
        add(events, new CertificateRevoked(person, "SW-1", day.plusDays(4)));
        add(events, new CertificateRevoked(person, "SW-2", day.plusDays(6)));
        add(events, new CertificateRevoked(person, "SW-2", day.plusDays(5)));
        add(events, new CertificateIssued(person, "SW-3", TrainingKind.AWARENESS, lateOrg, classId, day.plusDays(1), day.plusYears(4)));
        // training counted per class and day: a trainee of a class not yet scheduled, a certificate re-issued for another class
        // on another day, a class moved to another organiser and day, a class organised by an organisation known only later
        UUID otherClass = UUID.randomUUID();
        UUID trainee = UUID.randomUUID();
        add(events, new TraineeEnrolled(trainee, otherClass, TrainingKind.AWARENESS, day.minusDays(9)));
        add(events, new AwarenessCheckFailed(trainee, otherClass, 1, day.minusDays(4)));
        add(events, new CertificateIssued(trainee, "SW-4", TrainingKind.AWARENESS, lateOrg, classId, day.plusDays(2), day.plusYears(5)));
        add(events, new TrainingClassScheduled(otherClass, TrainingKind.AWARENESS, province, day.minusDays(10), day, 30, 5, true, 80));
        add(events, new AwarenessCheckPassed(trainee, otherClass, 2, day.minusDays(3)));
        add(events, new CertificateIssued(trainee, "SW-4", TrainingKind.AWARENESS, lateOrg, otherClass, day.plusDays(5), day.plusYears(5)));
        add(events, new TrainingClassScheduled(otherClass, TrainingKind.AWARENESS, lateOrg, day.minusDays(12), day, 30, 5, true, 80));
        UUID lateClass = UUID.randomUUID();
        add(events, new TrainingClassScheduled(lateClass, TrainingKind.AWARENESS, cellC, day.minusDays(8), day, 30, 5, true, 80));
        add(events, new TraineeEnrolled(trainee, lateClass, TrainingKind.AWARENESS, day.minusDays(7)));
        // a person: equal dates (the later arrival wins), an older placement (ignored), areas kept when a fact has none
        add(events, new MemberAdmitted(person, UUID.randomUUID(), cellB, null, null, day.plusDays(40), day.plusDays(400), day.plusDays(410),
                NominationSource.YOUTH_UNION, man));
        add(events, new CandidateNominated(person, cellA, area, day.minusDays(30), NominationSource.WOMENS_UNION, woman));
        add(events, new CandidateListed(person, cellC, day.minusDays(30)));
        add(events, new CandidateProfileChanged(person, cellA, otherArea, day.minusDays(60), man));
        add(events, new AdmissionCaseOpened(person, UUID.randomUUID(), cellA, day.plusDays(1), "2026"));
        add(events, new AdmissionCaseOpened(person, UUID.randomUUID(), cellA, day, "2026"));
        add(events, new CellResolutionAdopted(person, UUID.randomUUID(), cellA, day.plusDays(10), 5, 0, 5, day.plusDays(20)));
        add(events, new CellResolutionAdopted(person, UUID.randomUUID(), cellA, day.plusDays(8), 5, 0, 5, day.plusDays(18)));
        add(events, new CellResolutionAdopted(person, UUID.randomUUID(), cellA, day.plusDays(10), 5, 0, 5, day.plusDays(21)));
        add(events, new AdmissionDecided(person, UUID.randomUUID(), cellA, lateOrg, day.plusDays(30), day.plusDays(45)));
        add(events, new CandidateRemovedFromList(person, cellA, day.plusDays(2), CandidateRemovedFromList.RemovalReason.OTHER));
        add(events, new CandidateRemovedFromList(person, cellA, day.plusDays(1), CandidateRemovedFromList.RemovalReason.OTHER));
        add(events, new AdmissionRejected(person, UUID.randomUUID(), cellA, day.plusDays(3), AdmissionRejected.AdmissionStage.OTHER));
        add(events, new AdmissionWithdrawn(person, UUID.randomUUID(), cellA, day.plusDays(2)));
        // the member roll: undated cell first, then dated placements (registration older than the transfer arrives last)
        UUID member = UUID.randomUUID();
        add(events, new MemberRecognised(member, UUID.randomUUID(), cellC, day.plusDays(300), day.plusDays(299)));
        add(events, new MemberTransferred(member, cellA, cellB, day.plusDays(100)));
        add(events, new MemberRegistered(member, cellA, area, MemberStatus.OFFICIAL, day.minusYears(3), null, man));
        add(events, new MemberLeft(member, cellB, day.plusDays(200), MemberLeft.LeaveReason.RESIGNED));
        add(events, new MemberStruckOff(member, UUID.randomUUID(), cellB, day.plusDays(150)));
        UUID registeredTwice = UUID.randomUUID();
        add(events, new MemberRegistered(registeredTwice, cellA, null, MemberStatus.PROBATIONARY, day.minusYears(1), null, woman));
        add(events, new MemberRegistered(registeredTwice, cellB, area, MemberStatus.OFFICIAL, day.minusYears(1), day.minusMonths(1), woman));
        add(events, new MemberStruckOff(registeredTwice, UUID.randomUUID(), cellC, day));
        // acts with a deadline: a late decision overwritten by a later event of the same act (the last wins), an approved late
        // ceremony, the first recognition vote failed late before a second attempt (not measured), a strike-off during
        // probation (no act) then a late recognition decision naming no committee (the cell answers for it)
        UUID slaPerson = UUID.randomUUID();
        UUID slaCase = UUID.randomUUID();
        add(events, new AdmissionDecided(slaPerson, slaCase, cellA, lateOrg, day.plusDays(90), day.plusDays(120), day.plusDays(88), true, 2));
        add(events, new AdmissionDecided(slaPerson, slaCase, cellA, lateOrg, day.plusDays(87), day.plusDays(117), day.plusDays(88), false, 0));
        add(events, new MemberAdmitted(slaPerson, slaCase, cellA, null, day.plusDays(87), day.plusDays(150), day.plusDays(515), day.plusDays(560),
                NominationSource.CELL, woman, lateOrg, day.plusDays(117), day.plusDays(110), false, 0));
        add(events, new RecognitionVoteAdopted(slaPerson, slaCase, cellA, day.plusDays(600), 5, 0, 5, day.plusDays(640), day.plusDays(560), 2, false, 0));
        add(events, new RecognitionVoteFailed(slaPerson, slaCase, cellA, day.plusDays(580), 1, 2, 2, 5, day.plusDays(560), true, 14));
        add(events, new MemberStruckOff(slaPerson, slaCase, cellA, day.plusDays(400), lateOrg, null, false, 0));
        add(events, new MemberRecognised(slaPerson, slaCase, cellA, day.plusDays(650), day.plusDays(515), null, day.plusDays(640), true, 6));
        // the same event delivered twice
        UUID nominatedTwice = UUID.randomUUID();
        Event duplicate = new Event(new CandidateNominated(nominatedTwice, cellA, null, day, NominationSource.CELL, null), UUID.randomUUID(),
                OffsetDateTime.of(2026, 3, 1, 8, 0, 0, 0, ZoneOffset.UTC));
        events.add(duplicate);
        add(events, new CandidateListed(nominatedTwice, cellB, day.plusDays(1)));
        events.add(duplicate);
        // a cell retired after a member registered in it: its members still count, it is no longer in coverage's cell lists
        UUID retiredCell = UUID.randomUUID();
        add(events, new OrganisationRegistered(retiredCell, lateOrg, OrganisationKind.CELL, "SW-R", "Chi bộ R", provincePath + lateOrg + "/" + retiredCell + "/",
                false, null, day));
        add(events, new MemberRegistered(UUID.randomUUID(), retiredCell, area, MemberStatus.OFFICIAL, day.minusYears(2), day.minusYears(1), man));
        add(events, new OrganisationRetired(retiredCell, day.plusDays(20), null));
        return events;
    }

    private static void add(List<Event> events, DomainEvent event) {
        events.add(new Event(event, UUID.randomUUID(), OffsetDateTime.of(2026, 3, 1, 8, 0, 0, 0, ZoneOffset.UTC).plusSeconds(events.size())));
    }

    private interface Work {
        void run(Connection connection) throws Exception;
    }

    private void transaction(String schema, Work work) {
        QuarkusTransaction.requiringNew().timeout(600).run(() -> {
            try (Connection connection = readModels.generation(schema)) {
                work.run(connection);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private void create(String schema) throws SQLException {
        try (Connection connection = dataSource.getConnection(); var statement = connection.prepareStatement("SELECT create_read_model(?)")) {
            statement.setString(1, schema);
            statement.execute();
        }
    }

    /**
     * In {@code schema}: the cell_stat rows whose path, code, name or current cell differ from org_node's, the organisations
     * without a cell_stat row, and the current and the retired cells.
     */
    private long[] cellStatAgainstOrgNode(String schema) {
        long[][] counts = new long[1][];
        transaction(schema, connection -> counts[0] = SqlStatements.one(connection, """
                SELECT (SELECT count(*) FROM cell_stat s LEFT JOIN org_node o ON o.id = s.cell_id
                        WHERE s.org_path IS DISTINCT FROM o.path OR s.code IS DISTINCT FROM o.code OR s.name IS DISTINCT FROM o.name
                           OR s.current_cell <> coalesce(o.kind IN ('CELL', 'GRASSROOTS_CELL') AND o.retired_on IS NULL, FALSE)),
                       (SELECT count(*) FROM org_node o WHERE NOT EXISTS (SELECT 1 FROM cell_stat s WHERE s.cell_id = o.id)),
                       (SELECT count(*) FROM cell_stat WHERE current_cell),
                       (SELECT count(*) FROM cell_stat s JOIN org_node o ON o.id = s.cell_id
                        WHERE o.kind IN ('CELL', 'GRASSROOTS_CELL') AND o.retired_on IS NOT NULL AND NOT s.current_cell)
                """, row -> new long[] {row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4)}));
        return counts[0];
    }

    private Map<String, String> digest(String schema) throws Exception {
        return ReadModelDigest.of(dataSource, schema, TABLES);
    }
}
