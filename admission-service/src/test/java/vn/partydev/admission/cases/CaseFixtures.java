package vn.partydev.admission.cases;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.partydev.admission.domain.CandidateKnowledge;
import vn.partydev.admission.service.MemberRegistry;
import vn.partydev.admission.service.RegisterMember;
import vn.partydev.local.PartyDevTestInfrastructure;
import vn.partydev.local.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import vn.partydev.platform.codes.EthnicGroup;
import vn.partydev.platform.codes.Gender;
import vn.partydev.platform.codes.GeneralEducation;
import vn.partydev.platform.codes.MemberStatus;
import vn.partydev.platform.codes.NominationSource;
import vn.partydev.platform.codes.Occupation;
import vn.partydev.platform.codes.OrganisationKind;
import vn.partydev.platform.codes.ProfessionalLevel;
import vn.partydev.platform.codes.Religion;
import vn.partydev.platform.codes.TrainingKind;
import vn.partydev.platform.events.CloudEventCodec;
import vn.partydev.platform.events.DecodedEvent;
import vn.partydev.platform.events.Demographics;
import vn.partydev.platform.events.EventInjector;
import vn.partydev.platform.events.candidate.CandidateListed;
import vn.partydev.platform.events.candidate.CandidateNominated;
import vn.partydev.platform.events.training.CertificateIssued;
import vn.partydev.platform.person.HeldCertificates;
import vn.partydev.platform.scope.OrganisationRef;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/**
 * Arranges admission tests through the public ways in: organisations through the API, members through the roll's
 * MemberRegistry, candidates and certificates as events on the real broker (as candidate- and training-service send them).
 */
@ApplicationScoped
public class CaseFixtures {

    public static final UUID ROOT = OrganisationRef.NATIONAL_ROOT_ID;
    public static final String CANDIDATE_TOPIC = "partydev.candidate.v1";
    public static final String TRAINING_TOPIC = "partydev.training.v1";

    @Inject
    MemberRegistry registry;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    HeldCertificates certificates;

    /** A province, a commune that decides admissions, and a cell under the commune (or under a grassroots committee). */
    public record Tree(UUID province, UUID commune, UUID committee, UUID cell) {
    }

    public Tree tree(boolean withGrassrootsCommittee) {
        UUID province = organisation(ROOT, OrganisationKind.PROVINCIAL, false);
        UUID commune = organisation(province, OrganisationKind.COMMUNE, true);
        UUID committee = withGrassrootsCommittee ? organisation(commune, OrganisationKind.GRASSROOTS_COMMITTEE, false) : null;
        UUID cell = organisation(committee != null ? committee : commune, OrganisationKind.CELL, false);
        return new Tree(province, commune, committee, cell);
    }

    public UUID organisation(UUID parent, OrganisationKind kind, boolean decides) {
        return organisation(parent, kind, decides, LocalDate.of(2000, 1, 1));
    }

    /** An organisation founded on {@code validFrom}. */
    public UUID organisation(UUID parent, OrganisationKind kind, boolean decides, LocalDate validFrom) {
        String code = "T" + UUID.randomUUID().toString().substring(0, 12);
        return UUID.fromString(given().header("Authorization", TestTokens.bearer("admin", ROOT)).contentType(ContentType.JSON)
                .body(Map.of("parentId", parent, "code", code, "name", "Tổ chức " + code, "kind", kind,
                        "mayDecideAdmission", decides, "validFrom", validFrom.toString()))
                .post("/api/v1/organisations").then().statusCode(201).extract().path("id"));
    }

    /** {@code count} official members of the cell, on the roll since 2010 and official since 2011. */
    public List<UUID> officialMembers(UUID cell, int count) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(registry.register(new RegisterMember(null, "Đảng viên " + i, null, LocalDate.of(1975, 1, 1),
                    Gender.MALE, EthnicGroup.KINH, Religion.NONE, GeneralEducation.UPPER_SECONDARY, ProfessionalLevel.NONE,
                    Occupation.values()[0], false, false, cell, null, MemberStatus.OFFICIAL, LocalDate.of(2010, 1, 1),
                    LocalDate.of(2011, 1, 1))).id);
        }
        return ids;
    }

    /** An applicant: the date of birth the dossier declares when the case is opened, and the categories events carry. */
    public record Applicant(LocalDate birthDate, GeneralEducation education, boolean youthUnion) {
        /** The categories as candidate-service publishes them on {@code on}: the age that day, never the birth date. */
        public Demographics on(LocalDate on) {
            return new Demographics(Gender.FEMALE, Demographics.completedYears(birthDate, on), EthnicGroup.KINH, Religion.NONE,
                    education, ProfessionalLevel.values()[0], Occupation.values()[0], youthUnion, false);
        }
    }

    /** What each arranged candidate declares as date of birth when a case is opened (see {@link #openRequest}). */
    private static final Map<UUID, LocalDate> DECLARED_BIRTH_DATES = new ConcurrentHashMap<>();
    private static final LocalDate ANY_ADULT = LocalDate.of(1990, 1, 1);

    public static Applicant person(LocalDate birthDate, GeneralEducation education, boolean youthUnion) {
        return new Applicant(birthDate, education, youthUnion);
    }

    /**
     * A candidate listed by the cell with an awareness certificate, sent in the awkward order (certificate, listing,
     * nomination), and waited for until admission knows all three.
     */
    /** A listed candidate born in 1990, upper secondary education, not in the Youth Union, certified until 2029. */
    public UUID listedAdult(UUID cell) {
        return listedCandidate(cell, person(ANY_ADULT, GeneralEducation.UPPER_SECONDARY, false), LocalDate.of(2029, 1, 1));
    }

    public UUID listedCandidate(UUID cell, Applicant applicant, LocalDate certificateValidUntil) {
        return listedCandidate(cell, applicant, certificateValidUntil, null);
    }

    /** As {@link #listedCandidate(UUID, Applicant, LocalDate)}, living in the given residential area. */
    public UUID listedCandidate(UUID cell, Applicant applicant, LocalDate certificateValidUntil, UUID residentialArea) {
        UUID candidate = UUID.randomUUID();
        DECLARED_BIRTH_DATES.put(candidate, applicant.birthDate());
        LocalDate nominatedOn = LocalDate.of(2024, 3, 1);
        try (EventInjector training = EventInjector.connect(PartyDevTestInfrastructure.kafkaBootstrapServers(), "/partydev/training-service");
             EventInjector candidates = EventInjector.connect(PartyDevTestInfrastructure.kafkaBootstrapServers(), "/partydev/candidate-service")) {
            training.send(TRAINING_TOPIC, new CertificateIssued(candidate, "AW-" + candidate.toString().substring(0, 8),
                    TrainingKind.AWARENESS, ROOT, UUID.randomUUID(), certificateValidUntil.minusMonths(60), certificateValidUntil));
            candidates.send(CANDIDATE_TOPIC, new CandidateListed(candidate, cell, LocalDate.of(2024, 6, 1)));
            candidates.send(CANDIDATE_TOPIC, new CandidateNominated(candidate, cell, residentialArea, nominatedOn,
                    NominationSource.TRADE_UNION, applicant.on(nominatedOn)));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() -> {
            CandidateKnowledge known = CandidateKnowledge.findById(candidate);
            return known != null && known.profileKnown() && known.listedCellId != null
                    && java.util.Objects.equals(known.residentialAreaId, residentialArea)
                    && certificates.latestIssue(candidate, TrainingKind.AWARENESS).isPresent();
        }));
        return candidate;
    }

    public void newMemberTheoryCertificate(UUID person, LocalDate issuedOn) {
        try (EventInjector training = EventInjector.connect(PartyDevTestInfrastructure.kafkaBootstrapServers(), "/partydev/training-service")) {
            training.send(TRAINING_TOPIC, new CertificateIssued(person, "NM-" + person.toString().substring(0, 8),
                    TrainingKind.NEW_MEMBER_THEORY, ROOT, UUID.randomUUID(), issuedOn, null));
        }
        await().atMost(Duration.ofSeconds(30)).until(() ->
                certificates.validUntil(person, TrainingKind.NEW_MEMBER_THEORY, issuedOn).isPresent());
    }

    /** A residential area of the commune, registered through the API; {@code disadvantaged} as R-EDU-1 reads it. */
    public static UUID residentialArea(UUID commune, boolean disadvantaged) {
        return UUID.fromString(post(commune, "/api/v1/residential-areas", Map.of("communeId", commune, "kind", "BAN",
                "name", "Bản " + UUID.randomUUID().toString().substring(0, 8), "disadvantaged", disadvantaged))
                .statusCode(201).extract().path("id"));
    }

    /**
     * The event of the given type about a person as it reached the real broker (topic partydev.admission.v1, read from
     * the start), decoded from its CloudEvent; fails after 60 s.
     */
    public static DecodedEvent fromBroker(UUID subject, String eventName) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, PartyDevTestInfrastructure.kafkaBootstrapServers());
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "case-events-test-" + UUID.randomUUID());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        String type = "vn.partydev.admission." + eventName + ".v1";
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(properties, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of("partydev.admission.v1"));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(300))) {
                    if (subject.toString().equals(record.key()) && record.headers().lastHeader(CloudEventCodec.CE_TYPE) != null) {
                        DecodedEvent event = CloudEventCodec.decode(record);
                        if (event.metadata().type().equals(type)) {
                            return event;
                        }
                    }
                }
            }
        }
        throw new AssertionError(eventName + " about " + subject + " did not reach the broker within 60 s");
    }

    /** A count from the admission database, for footprints. */
    public long count(String sql, Object... parameters) throws Exception {
        try (var connection = dataSource.getConnection(); var query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    // --- HTTP helpers, as a commune organiser

    public static String organiser(UUID organisation) {
        return TestTokens.bearer("organiser", organisation);
    }

    public static ValidatableResponse post(UUID scope, String path, Object body) {
        return given().header("Authorization", organiser(scope)).contentType(ContentType.JSON).body(body)
                .post(path).then();
    }

    public static UUID open(UUID scope, UUID candidate, String openedOn) {
        return UUID.fromString(post(scope, "/api/v1/admission-cases", openRequest(candidate, openedOn))
                .statusCode(201).extract().path("id"));
    }

    /** The body that opens a case: the candidate, the date and the date of birth its dossier declares. */
    public static Map<String, Object> openRequest(UUID candidate, String openedOn) {
        return Map.of("candidateId", candidate, "openedOn", openedOn,
                "birthDate", DECLARED_BIRTH_DATES.getOrDefault(candidate, ANY_ADULT).toString());
    }

    /** Drives a case through application, background, verification, two member introductions and an opinion. */
    /** A case and its candidate. */
    public record ReadyCase(UUID caseId, UUID candidate) {
    }

    /**
     * A listed candidate of the cell (born 1990, upper secondary, awareness certificate valid until 2029) whose case is opened
     * on {@code on} and ready for the cell's vote, introduced by the first two of {@code members}.
     */
    public ReadyCase caseReadyForCellVote(UUID scope, UUID cell, List<UUID> members, String on) {
        UUID candidate = listedCandidate(cell, person(LocalDate.of(1990, 1, 1), GeneralEducation.UPPER_SECONDARY, false),
                LocalDate.of(2029, 1, 1));
        UUID caseId = open(scope, candidate, on);
        readyForCellVote(scope, caseId, members.get(0), members.get(1), on);
        return new ReadyCase(caseId, candidate);
    }

    public static void readyForCellVote(UUID scope, UUID caseId, UUID introducerA, UUID introducerB, String on) {
        String base = "/api/v1/admission-cases/" + caseId;
        post(scope, base + "/application", Map.of("receivedOn", on)).statusCode(200);
        post(scope, base + "/background", Map.of("declaredOn", on)).statusCode(200);
        String task = post(scope, base + "/verification-tasks", Map.of("subject", "APPLICANT", "createdOn", on))
                .statusCode(201).extract().path("id");
        post(scope, base + "/verification-tasks/" + task + "/completion", Map.of("completedOn", on)).statusCode(200);
        post(scope, base + "/introductions", Map.of("kind", "OFFICIAL_MEMBER", "memberId", introducerA,
                "knownSince", "2020-01-01", "introducedOn", on)).statusCode(201);
        post(scope, base + "/introductions", Map.of("kind", "OFFICIAL_MEMBER", "memberId", introducerB,
                "knownSince", "2020-01-01", "introducedOn", on)).statusCode(201);
        post(scope, base + "/opinions", Map.of("giver", "RESIDENCE_CELL", "givenOn", on, "favourable", true)).statusCode(201);
    }

    /** From a case ready for its cell vote to the ceremony: adopted vote, decision, ceremony. */
    public static void toCeremony(UUID scope, UUID caseId, String votedOn, String decidedOn, String ceremonyOn) {
        String base = "/api/v1/admission-cases/" + caseId;
        post(scope, base + "/cell-votes", cellVote(votedOn, 6, 1, "ADOPTED")).statusCode(200);
        post(scope, base + "/decision", Map.of("decidedOn", decidedOn)).statusCode(200);
        post(scope, base + "/ceremony", Map.of("heldOn", ceremonyOn)).statusCode(200);
    }

    /** The steps the organisation's deadlines queue lists for the case, whatever today is. */
    public static List<String> queuedSteps(UUID organisation, UUID caseId) {
        return given().header("Authorization", organiser(organisation))
                .get("/api/v1/deadlines?within=P3650D&limit=500").then().statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.caseId == '" + caseId + "' }.step", String.class);
    }

    public static Map<String, Object> cellVote(String on, int yes, int no, String resolution) {
        return Map.of("votedOn", on, "yes", yes, "no", no, "resolution", resolution);
    }

    /** What a failed command must leave untouched: the case row's version, its votes and the events about the person. */
    public String footprint(UUID caseId, UUID person) throws Exception {
        try (var connection = dataSource.getConnection();
             var query = connection.prepareStatement("SELECT (SELECT version || ':' || state FROM admission_case WHERE id = ?)"
                     + " || '|' || (SELECT count(*) FROM case_vote WHERE case_id = ?)"
                     + " || '|' || (SELECT count(*) FROM introduction WHERE case_id = ?)"
                     + " || '|' || (SELECT count(*) FROM outbox_event WHERE subject = ?)"
                     + " || '|' || (SELECT count(*) FROM member WHERE id = ?)")) {
            query.setObject(1, caseId);
            query.setObject(2, caseId);
            query.setObject(3, caseId);
            query.setString(4, person.toString());
            query.setObject(5, person);
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    /** The data of the last outbox event of the given type about a person, as JSON text (null when none). */
    public String eventData(UUID person, String eventName) throws Exception {
        try (var connection = dataSource.getConnection();
             var query = connection.prepareStatement("SELECT data FROM outbox_event WHERE subject = ? AND type = ?"
                     + " ORDER BY position DESC LIMIT 1")) {
            query.setString(1, person.toString());
            query.setString(2, "vn.partydev.admission." + eventName + ".v1");
            try (var rows = query.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    /** The ce_types of the events about a person, in outbox order. */
    public List<String> eventTypes(UUID person) throws Exception {
        try (var connection = dataSource.getConnection();
             var query = connection.prepareStatement("SELECT type FROM outbox_event WHERE subject = ? ORDER BY position")) {
            query.setString(1, person.toString());
            List<String> types = new ArrayList<>();
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    types.add(rows.getString(1).replace("vn.partydev.admission.", "").replace(".v1", ""));
                }
            }
            return types;
        }
    }
}
