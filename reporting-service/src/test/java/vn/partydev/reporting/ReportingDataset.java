package vn.partydev.reporting;

import io.agroal.api.AgroalDataSource;
import org.awaitility.Awaitility;
import vn.partydev.local.PartyDevTestInfrastructure;
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
import vn.partydev.platform.events.Demographics;
import vn.partydev.platform.events.DomainEvent;
import vn.partydev.platform.events.EventInjector;
import vn.partydev.platform.events.admission.AdmissionCaseOpened;
import vn.partydev.platform.events.admission.AdmissionDecided;
import vn.partydev.platform.events.admission.AdmissionRejected;
import vn.partydev.platform.events.admission.CellResolutionAdopted;
import vn.partydev.platform.events.admission.MemberAdmitted;
import vn.partydev.platform.events.admission.MemberLeft;
import vn.partydev.platform.events.admission.MemberRecognised;
import vn.partydev.platform.events.admission.MemberRegistered;
import vn.partydev.platform.events.admission.MemberTransferred;
import vn.partydev.platform.events.admission.OrganisationRegistered;
import vn.partydev.platform.events.admission.RecognitionVoteAdopted;
import vn.partydev.platform.events.admission.ResidentialAreaRegistered;
import vn.partydev.platform.events.candidate.CandidateListed;
import vn.partydev.platform.events.candidate.CandidateNominated;
import vn.partydev.platform.events.training.AwarenessCheckFailed;
import vn.partydev.platform.events.training.AwarenessCheckPassed;
import vn.partydev.platform.events.training.CertificateIssued;
import vn.partydev.platform.events.training.TraineeEnrolled;
import vn.partydev.platform.events.training.TrainingClassScheduled;

import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One realistic set of events, published on the real broker exactly as the candidate, training and admission
 * services would, once per test JVM. Every expected figure in the tests is worked out by hand from the comments
 * here. Some facts are deliberately sent before the facts they follow, and some events twice with the same id.
 * <pre>
 * root ─ P1 (province) ─ C1 (commune, population 20 000) ─ K1, K2 (cells)
 *      │               └ C2 (commune, population 15 000) ─ K3
 *      └ P2 (province) ─ C3 (commune, population 10 000) ─ K4, K5, K6
 * </pre>
 * P1, 2026-Q1: 463 Youth Union nominees (i = 0..462, cell K1/K2/K3 by i % 3, nominated 5 Jan), 311 of them admitted
 * (i &lt; 311, ceremony 10 Feb + i % 40 days; women when i is even = 156; Tày when i % 10 = 0 = 32; Buddhist when
 * i % 50 = 0 = 7; born 1 Jan 2000). 113 Trade Union nominees (j = 0..112, cell by j % 3), each nominated 10 Jan,
 * listed 20 Jan, enrolled in class A (organised by C1) 2 Feb, certified 27 Feb, case opened 2 Mar, admitted 16 Mar
 * + j % 3 days; women j &lt; 58; born 1 Jan 1960 when j &lt; 13 (over 60), else 5 May 1995. Their MemberAdmitted
 * is sent before their nomination, which carries a stale gender (MALE) dated earlier. Awareness checks in class A:
 * j &lt; 3 fail the first attempt and pass the second, 3 ≤ j &lt; 10 pass the first.
 * Later in 2026 in K1: 6 certified candidates with an open case (W), 4 certified and listed without a case (V).
 * <p>
 * P2 (coverage and overdue as of 15 June 2026): see the comments in {@link #publishP2}.
 */
public final class ReportingDataset {

    public static final UUID ROOT = UUID.fromString("00000000-0000-0000-0000-000000000001");
    public static final UUID P1 = UUID.randomUUID();
    public static final UUID C1 = UUID.randomUUID();
    public static final UUID C2 = UUID.randomUUID();
    public static final UUID K1 = UUID.randomUUID();
    public static final UUID K2 = UUID.randomUUID();
    public static final UUID K3 = UUID.randomUUID();
    public static final UUID P2 = UUID.randomUUID();
    public static final UUID C3 = UUID.randomUUID();
    public static final UUID K4 = UUID.randomUUID();
    public static final UUID K5 = UUID.randomUUID();
    public static final UUID K6 = UUID.randomUUID();
    public static final UUID AREA_1 = UUID.randomUUID();
    public static final UUID AREA_2 = UUID.randomUUID();
    public static final UUID AREA_3 = UUID.randomUUID();
    public static final UUID CLASS_A = UUID.randomUUID();
    public static final UUID CLASS_B = UUID.randomUUID();
    public static final UUID X1 = UUID.randomUUID();
    public static final UUID X2 = UUID.randomUUID();
    public static final UUID X5 = UUID.randomUUID();
    public static final UUID X6 = UUID.randomUUID();

    static final String CANDIDATE = "partydev.candidate.v1";
    static final String TRAINING = "partydev.training.v1";
    static final String ADMISSION = "partydev.admission.v1";

    private static boolean published;

    private final Set<UUID> distinctIds = new HashSet<>();
    private final List<Runnable> later = new ArrayList<>();
    private EventInjector candidate;
    private EventInjector training;
    private EventInjector admission;

    private ReportingDataset() {
    }

    /** Publishes the dataset once per JVM and waits until the live projection has applied every distinct event. */
    public static synchronized void ensurePublished(AgroalDataSource dataSource) throws Exception {
        if (published) {
            return;
        }
        long before = applied(dataSource);
        ReportingDataset dataset = new ReportingDataset();
        String bootstrap = PartyDevTestInfrastructure.kafkaBootstrapServers();
        try (EventInjector c = EventInjector.connect(bootstrap, "/partydev/candidate-service");
             EventInjector t = EventInjector.connect(bootstrap, "/partydev/training-service");
             EventInjector a = EventInjector.connect(bootstrap, "/partydev/admission-service")) {
            dataset.candidate = c;
            dataset.training = t;
            dataset.admission = a;
            dataset.publishP1();
            dataset.publishP2();
            dataset.later.forEach(Runnable::run);
        }
        long expected = before + dataset.distinctIds.size();
        Awaitility.await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                .until(() -> applied(dataSource) >= expected);
        published = true;
    }

    /** Events applied to the active read models so far. */
    public static long applied(AgroalDataSource dataSource) throws Exception {
        try (Connection connection = dataSource.getConnection();
             var schema = connection.createStatement().executeQuery("SELECT active_schema FROM public.read_model")) {
            schema.next();
            try (var rows = connection.createStatement().executeQuery("SELECT events_applied FROM " + schema.getString(1) + ".projection_state")) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private void publishP1() {
        org(P1, ROOT, OrganisationKind.PROVINCIAL, "P1", "Tỉnh Một", "/" + ROOT + "/" + P1 + "/", null);
        org(C1, P1, OrganisationKind.COMMUNE, "P1-C1", "Xã Một", path(P1, C1), 20_000);
        org(C2, P1, OrganisationKind.COMMUNE, "P1-C2", "Xã Hai", path(P1, C2), 15_000);
        org(K1, C1, OrganisationKind.CELL, "P1-C1-K1", "Chi bộ thôn Một", path(P1, C1, K1), null);
        org(K2, C1, OrganisationKind.CELL, "P1-C1-K2", "Chi bộ thôn Hai", path(P1, C1, K2), null);
        // K3 is registered only at the very end: its people's facts arrive before their organisation
        later.add(() -> org(K3, C2, OrganisationKind.CELL, "P1-C2-K3", "Chi bộ thôn Ba", path(P1, C2, K3), null));
        UUID[] cells = {K1, K2, K3};

        send(training, TRAINING, new TrainingClassScheduled(CLASS_A, TrainingKind.AWARENESS, C1, LocalDate.of(2026, 2, 2),
                LocalDate.of(2026, 2, 27), 150, 5, true, 80));
        send(training, TRAINING, new TrainingClassScheduled(CLASS_B, TrainingKind.AWARENESS, C2, LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 4, 30), 50, 5, true, 80));

        for (int i = 0; i < 463; i++) {
            UUID person = UUID.randomUUID();
            UUID cell = cells[i % 3];
            // born 2000-01-01: 26 on the nomination and on every ceremony day below
            Demographics who = new Demographics(i % 2 == 0 ? Gender.FEMALE : Gender.MALE, 26,
                    i % 10 == 0 ? EthnicGroup.TAY : EthnicGroup.KINH, i % 50 == 0 ? Religion.BUDDHISM : Religion.NONE,
                    GeneralEducation.UPPER_SECONDARY, ProfessionalLevel.UNIVERSITY, Occupation.STUDENT, true, false);
            send(candidate, CANDIDATE, new CandidateNominated(person, cell, null, LocalDate.of(2026, 1, 5), NominationSource.YOUTH_UNION, who));
            if (i < 311) {
                LocalDate ceremony = LocalDate.of(2026, 2, 10).plusDays(i % 40);
                MemberAdmitted admitted = new MemberAdmitted(person, UUID.randomUUID(), cell, null, LocalDate.of(2026, 2, 5), ceremony,
                        ceremony.plusMonths(12), ceremony.plusMonths(13), NominationSource.YOUTH_UNION, who);
                UUID id = send(admission, ADMISSION, admitted);
                if (i < 10) {
                    admission.send(ADMISSION, id, admitted);   // redelivered: must count once
                }
            }
        }
        for (int j = 0; j < 113; j++) {
            UUID person = UUID.randomUUID();
            UUID cell = cells[j % 3];
            LocalDate born = j < 13 ? LocalDate.of(1960, 1, 1) : LocalDate.of(1995, 5, 5);
            LocalDate ceremony = LocalDate.of(2026, 3, 16).plusDays(j % 3);
            // the producer computes the age on each event's date: 30 at the ceremony for 1995-05-05 (the 31st birthday is in May)
            Demographics who = new Demographics(j < 58 ? Gender.FEMALE : Gender.MALE,
                    Demographics.completedYears(born, ceremony), EthnicGroup.KINH, Religion.NONE,
                    GeneralEducation.UPPER_SECONDARY, ProfessionalLevel.COLLEGE, Occupation.PRIVATE_ENTERPRISE_WORKER, false, true);
            Demographics stale = new Demographics(Gender.MALE, Demographics.completedYears(born, LocalDate.of(2026, 1, 10)),
                    EthnicGroup.KINH, Religion.NONE,
                    GeneralEducation.LOWER_SECONDARY, ProfessionalLevel.NONE, Occupation.PRIVATE_ENTERPRISE_WORKER, false, true);
            send(admission, ADMISSION, new MemberAdmitted(person, UUID.randomUUID(), cell, null, LocalDate.of(2026, 3, 10), ceremony,
                    ceremony.plusMonths(12), ceremony.plusMonths(13), NominationSource.TRADE_UNION, who));
            send(candidate, CANDIDATE, new CandidateNominated(person, cell, null, LocalDate.of(2026, 1, 10), NominationSource.TRADE_UNION, stale));
            send(candidate, CANDIDATE, new CandidateListed(person, cell, LocalDate.of(2026, 1, 20)));
            send(training, TRAINING, new TraineeEnrolled(person, CLASS_A, TrainingKind.AWARENESS, LocalDate.of(2026, 2, 2)));
            if (j < 3) {
                send(training, TRAINING, new AwarenessCheckFailed(person, CLASS_A, 1, LocalDate.of(2026, 2, 20)));
                send(training, TRAINING, new AwarenessCheckPassed(person, CLASS_A, 2, LocalDate.of(2026, 2, 26)));
            } else if (j < 10) {
                var passed = new AwarenessCheckPassed(person, CLASS_A, 1, LocalDate.of(2026, 2, 20));
                UUID id = send(training, TRAINING, passed);
                training.send(TRAINING, id, passed);   // redelivered
            }
            send(training, TRAINING, new CertificateIssued(person, "CN-A-" + j, TrainingKind.AWARENESS, C1, CLASS_A,
                    LocalDate.of(2026, 2, 27), LocalDate.of(2031, 2, 27)));
            send(admission, ADMISSION, new AdmissionCaseOpened(person, UUID.randomUUID(), cell, LocalDate.of(2026, 3, 2), "294-QD-TW-2025"));
        }
        for (int w = 0; w < 6; w++) {
            UUID person = UUID.randomUUID();
            send(training, TRAINING, new CertificateIssued(person, "CN-W-" + w + "-" + person, TrainingKind.AWARENESS, C1, null,
                    LocalDate.of(2026, 4, 1), LocalDate.of(2031, 4, 1)));
            send(admission, ADMISSION, new AdmissionCaseOpened(person, UUID.randomUUID(), K1, LocalDate.of(2026, 5, 4), "294-QD-TW-2025"));
        }
        for (int v = 0; v < 4; v++) {
            UUID person = UUID.randomUUID();
            send(candidate, CANDIDATE, new CandidateListed(person, K1, LocalDate.of(2026, 4, 20)));
            send(training, TRAINING, new CertificateIssued(person, "CN-V-" + v + "-" + person, TrainingKind.AWARENESS, C1, null,
                    LocalDate.of(2026, 5, 1), LocalDate.of(2031, 5, 1)));
        }
    }

    /**
     * P2 as of 15 June 2026. K4: M1 (official, area A1), Y1 (admitted 1 May 2022 in area A1, recognised), M2
     * (probationary, left — the leaving sent first), M3 (registered in K4, transferred to K5 on 1 Feb 2026 — the
     * transfer sent first): 2 members, 2 official, last admission 2022. K5: M3 + M4..M8 official, Z1 admitted 1 June
     * 2025: 7 members, 6 official. K6: X5 and X6 admitted in 2025, probationary: 2 members, 0 official.
     * Areas of C3: A1 (cell K4, 2 members), A2 (no cell, no member), A3 (cell K5, no member).
     * Overdue: X1 decision due 1 June (10 working days), X2 ceremony due 10 June (3), X5 recognition vote due
     * 15 April (40, with 27 April, 30 April and 1 May off), X6 recognition decision due 5 June (6). X3 (due later)
     * and X4 (rejected — the rejection sent first) are not overdue.
     */
    private void publishP2() {
        org(P2, ROOT, OrganisationKind.PROVINCIAL, "P2", "Tỉnh Hai", "/" + ROOT + "/" + P2 + "/", null);
        org(C3, P2, OrganisationKind.COMMUNE, "P2-C3", "Phường Ba", path(P2, C3), 10_000);
        org(K4, C3, OrganisationKind.CELL, "P2-C3-K4", "Chi bộ khu phố Bốn", path(P2, C3, K4), null);
        org(K5, C3, OrganisationKind.CELL, "P2-C3-K5", "Chi bộ khu phố Năm", path(P2, C3, K5), null);
        org(K6, C3, OrganisationKind.CELL, "P2-C3-K6", "Chi bộ khu phố Sáu", path(P2, C3, K6), null);
        send(admission, ADMISSION, new ResidentialAreaRegistered(AREA_1, C3, ResidentialAreaKind.TO_DAN_PHO, "Tổ dân phố Một", false, K4, 500));
        send(admission, ADMISSION, new ResidentialAreaRegistered(AREA_2, C3, ResidentialAreaKind.TO_DAN_PHO, "Tổ dân phố Hai", false, null, 400));
        send(admission, ADMISSION, new ResidentialAreaRegistered(AREA_3, C3, ResidentialAreaKind.TO_DAN_PHO, "Tổ dân phố Ba", false, K5, 300));

        Demographics who = new Demographics(Gender.MALE, 45, EthnicGroup.KINH, Religion.NONE,
                GeneralEducation.UPPER_SECONDARY, ProfessionalLevel.UNIVERSITY, Occupation.CIVIL_SERVANT, false, false);
        UUID m1 = UUID.randomUUID();
        send(admission, ADMISSION, new MemberRegistered(m1, K4, AREA_1, MemberStatus.OFFICIAL, LocalDate.of(2010, 1, 1), LocalDate.of(2011, 1, 1), who));
        UUID m2 = UUID.randomUUID();
        send(admission, ADMISSION, new MemberLeft(m2, K4, LocalDate.of(2026, 3, 1), MemberLeft.LeaveReason.RESIGNED));
        send(admission, ADMISSION, new MemberRegistered(m2, K4, null, MemberStatus.PROBATIONARY, LocalDate.of(2025, 9, 1), null, who));
        UUID m3 = UUID.randomUUID();
        send(admission, ADMISSION, new MemberTransferred(m3, K4, K5, LocalDate.of(2026, 2, 1)));
        send(admission, ADMISSION, new MemberRegistered(m3, K4, null, MemberStatus.OFFICIAL, LocalDate.of(2005, 1, 1), LocalDate.of(2006, 1, 1), who));
        for (int m = 4; m <= 8; m++) {
            send(admission, ADMISSION, new MemberRegistered(UUID.randomUUID(), K5, null, MemberStatus.OFFICIAL, LocalDate.of(2000, 1, 1),
                    LocalDate.of(2001, 1, 1), who));
        }
        UUID y1 = UUID.randomUUID();
        UUID y1Case = UUID.randomUUID();
        send(admission, ADMISSION, new MemberAdmitted(y1, y1Case, K4, AREA_1, LocalDate.of(2022, 4, 1), LocalDate.of(2022, 5, 1),
                LocalDate.of(2023, 5, 1), LocalDate.of(2023, 6, 1), NominationSource.CELL, who));
        send(admission, ADMISSION, new RecognitionVoteAdopted(y1, y1Case, K4, LocalDate.of(2023, 5, 20), 3, 0, 3, LocalDate.of(2023, 7, 1)));
        send(admission, ADMISSION, new MemberRecognised(y1, y1Case, K4, LocalDate.of(2023, 6, 10), LocalDate.of(2023, 5, 1)));
        send(admission, ADMISSION, new MemberAdmitted(UUID.randomUUID(), UUID.randomUUID(), K5, null, LocalDate.of(2025, 5, 20),
                LocalDate.of(2025, 6, 1), LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 20), NominationSource.CELL, who));
        send(admission, ADMISSION, new MemberAdmitted(X5, UUID.randomUUID(), K6, null, LocalDate.of(2025, 2, 20), LocalDate.of(2025, 3, 1),
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 15), NominationSource.CELL, who));
        UUID x6Case = UUID.randomUUID();
        send(admission, ADMISSION, new MemberAdmitted(X6, x6Case, K6, null, LocalDate.of(2025, 3, 20), LocalDate.of(2025, 4, 1),
                LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 1), NominationSource.CELL, who));
        send(admission, ADMISSION, new RecognitionVoteAdopted(X6, x6Case, K6, LocalDate.of(2026, 4, 28), 2, 0, 2, LocalDate.of(2026, 6, 5)));

        UUID x1Case = UUID.randomUUID();
        send(admission, ADMISSION, new AdmissionCaseOpened(X1, x1Case, K5, LocalDate.of(2026, 3, 1), "294-QD-TW-2025"));
        send(admission, ADMISSION, new CellResolutionAdopted(X1, x1Case, K5, LocalDate.of(2026, 3, 20), 6, 0, 6, LocalDate.of(2026, 6, 1)));
        UUID x2Case = UUID.randomUUID();
        send(admission, ADMISSION, new AdmissionCaseOpened(X2, x2Case, K5, LocalDate.of(2026, 3, 1), "294-QD-TW-2025"));
        send(admission, ADMISSION, new CellResolutionAdopted(X2, x2Case, K5, LocalDate.of(2026, 3, 20), 6, 0, 6, LocalDate.of(2026, 6, 30)));
        send(admission, ADMISSION, new AdmissionDecided(X2, x2Case, K5, C3, LocalDate.of(2026, 5, 20), LocalDate.of(2026, 6, 10)));
        UUID x3 = UUID.randomUUID();
        UUID x3Case = UUID.randomUUID();
        send(admission, ADMISSION, new AdmissionCaseOpened(x3, x3Case, K5, LocalDate.of(2026, 3, 1), "294-QD-TW-2025"));
        send(admission, ADMISSION, new CellResolutionAdopted(x3, x3Case, K5, LocalDate.of(2026, 4, 1), 6, 0, 6, LocalDate.of(2026, 7, 1)));
        UUID x4 = UUID.randomUUID();
        UUID x4Case = UUID.randomUUID();
        send(admission, ADMISSION, new AdmissionRejected(x4, x4Case, K5, LocalDate.of(2026, 6, 2), AdmissionRejected.AdmissionStage.DECISION));
        send(admission, ADMISSION, new AdmissionCaseOpened(x4, x4Case, K5, LocalDate.of(2026, 3, 1), "294-QD-TW-2025"));
        send(admission, ADMISSION, new CellResolutionAdopted(x4, x4Case, K5, LocalDate.of(2026, 3, 20), 6, 0, 6, LocalDate.of(2026, 6, 1)));
    }

    private void org(UUID id, UUID parent, OrganisationKind kind, String code, String name, String path, Integer population) {
        send(admission, ADMISSION, new OrganisationRegistered(id, parent, kind, code, name, path, false, population, LocalDate.of(2025, 7, 1)));
    }

    private static String path(UUID... ids) {
        StringBuilder path = new StringBuilder("/" + ROOT + "/");
        for (UUID id : ids) {
            path.append(id).append('/');
        }
        return path.toString();
    }

    private UUID send(EventInjector injector, String topic, DomainEvent event) {
        UUID id = injector.send(topic, event);
        distinctIds.add(id);
        return id;
    }
}
