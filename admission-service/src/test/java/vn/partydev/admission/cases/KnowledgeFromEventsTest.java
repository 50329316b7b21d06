package vn.partydev.admission.cases;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.partydev.admission.domain.CandidateKnowledge;
import vn.partydev.local.PartyDevTestInfrastructure;
import vn.partydev.platform.codes.GeneralEducation;
import vn.partydev.platform.codes.TrainingKind;
import vn.partydev.platform.events.EventInjector;
import vn.partydev.platform.events.candidate.CandidateListed;
import vn.partydev.platform.events.candidate.CandidateRemovedFromList;
import vn.partydev.platform.events.training.CertificateRevoked;
import vn.partydev.platform.person.HeldCertificates;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertNull;
import static vn.partydev.admission.cases.CaseFixtures.post;

/** What admission learns from candidate and training events, in any order, decides whether a case may open. */
@QuarkusTest
class KnowledgeFromEventsTest {

    @Inject
    CaseFixtures fixtures;
    @Inject
    HeldCertificates certificates;

    private EventInjector connect(String source) {
        return EventInjector.connect(PartyDevTestInfrastructure.kafkaBootstrapServers(), source);
    }

    @Test
    void aCandidateRemovedFromTheListGetsNoCaseEvenIfAnOlderListingArrivesLate() {
        var tree = fixtures.tree(false);
        UUID candidate = fixtures.listedCandidate(tree.cell(), CaseFixtures.person(LocalDate.of(1990, 1, 1),
                GeneralEducation.UPPER_SECONDARY, false), LocalDate.of(2029, 1, 1));
        try (EventInjector candidates = connect("/partydev/candidate-service")) {
            candidates.send(CaseFixtures.CANDIDATE_TOPIC, new CandidateRemovedFromList(candidate, tree.cell(),
                    LocalDate.of(2025, 1, 15), CandidateRemovedFromList.RemovalReason.MOVED_AWAY));
            UUID lateListing = candidates.send(CaseFixtures.CANDIDATE_TOPIC, new CandidateListed(candidate, tree.cell(), LocalDate.of(2024, 12, 1)));
            // a redelivery of the same event is applied once
            candidates.send(CaseFixtures.CANDIDATE_TOPIC, lateListing, new CandidateListed(candidate, tree.cell(), LocalDate.of(2024, 12, 1)));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                LocalDate.of(2025, 1, 15).equals(CandidateKnowledge.<CandidateKnowledge>findById(candidate).listChangedOn)));
        assertNull(QuarkusTransaction.requiringNew().call(() -> CandidateKnowledge.<CandidateKnowledge>findById(candidate).listedCellId));
        post(tree.commune(), "/api/v1/admission-cases", CaseFixtures.openRequest(candidate, "2025-03-01"))
                .statusCode(422).body("code", equalTo("NOT_ON_LIST"));
    }

    @Test
    void aRevokedCertificateNoLongerCounts() {
        var tree = fixtures.tree(false);
        UUID candidate = fixtures.listedCandidate(tree.cell(), CaseFixtures.person(LocalDate.of(1990, 1, 1),
                GeneralEducation.UPPER_SECONDARY, false), LocalDate.of(2029, 1, 1));
        try (EventInjector training = connect("/partydev/training-service")) {
            training.send(CaseFixtures.TRAINING_TOPIC, new CertificateRevoked(candidate, "AW-" + candidate.toString().substring(0, 8),
                    LocalDate.of(2025, 2, 1)));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> certificates.latestIssue(candidate, TrainingKind.AWARENESS).isEmpty());
        post(tree.commune(), "/api/v1/admission-cases", CaseFixtures.openRequest(candidate, "2025-03-01"))
                .statusCode(422).body("code", equalTo("R-CERT-1"));
    }
}
