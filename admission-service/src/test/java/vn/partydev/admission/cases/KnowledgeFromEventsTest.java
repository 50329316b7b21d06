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
import vn.partydev.platform.codes.NominationSource;
import vn.partydev.platform.codes.OrganisationKind;
import vn.partydev.platform.events.candidate.CandidateListed;
import vn.partydev.platform.events.candidate.CandidateNominated;
import vn.partydev.platform.events.candidate.CandidateProfileChanged;
import vn.partydev.platform.events.candidate.CandidateRemovedFromList;
import vn.partydev.platform.events.training.CertificateRevoked;
import vn.partydev.platform.person.HeldCertificates;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
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
    void aCandidateRemovedFromTheListGetsNoCaseEvenIfAnOlderListingArrivesLate() throws Exception {
        var tree = fixtures.tree(false);
        UUID candidate = fixtures.listedAdult(tree.cell());
        UUID lateListing;
        UUID last;
        try (EventInjector candidates = connect("/partydev/candidate-service")) {
            candidates.send(CaseFixtures.CANDIDATE_TOPIC, new CandidateRemovedFromList(candidate, tree.cell(),
                    LocalDate.of(2025, 1, 15), CandidateRemovedFromList.RemovalReason.MOVED_AWAY));
            lateListing = candidates.send(CaseFixtures.CANDIDATE_TOPIC, new CandidateListed(candidate, tree.cell(), LocalDate.of(2024, 12, 1)));
            // a redelivery of the same event is applied once
            candidates.send(CaseFixtures.CANDIDATE_TOPIC, lateListing, new CandidateListed(candidate, tree.cell(), LocalDate.of(2024, 12, 1)));
            // one more, older, fact about the same person (same key, same partition): once it is processed, so is
            // everything sent before it, the redelivery included
            last = candidates.send(CaseFixtures.CANDIDATE_TOPIC, new CandidateListed(candidate, tree.cell(), LocalDate.of(2024, 11, 1)));
        }
        // the late listing and what followed it were consumed before their (absent) effect is asserted
        await().atMost(Duration.ofSeconds(30)).until(() -> processed(lateListing) && processed(last));
        assertEquals(1, fixtures.count("SELECT count(*) FROM processed_event WHERE event_id = ?", lateListing));
        assertEquals(LocalDate.of(2025, 1, 15), QuarkusTransaction.requiringNew().call(() ->
                CandidateKnowledge.<CandidateKnowledge>findById(candidate).listChangedOn));
        assertNull(QuarkusTransaction.requiringNew().call(() -> CandidateKnowledge.<CandidateKnowledge>findById(candidate).listedCellId));
        post(tree.commune(), "/api/v1/admission-cases", CaseFixtures.openRequest(candidate, "2025-03-01"))
                .statusCode(422).body("code", equalTo("NOT_ON_LIST"));
    }

    @Test
    void aBurstOfNewAndKnownCandidatesIsLearntInReadingOrder() throws Exception {
        var tree = fixtures.tree(false);
        UUID otherCell = fixtures.organisation(tree.commune(), OrganisationKind.CELL, false);
        UUID known = fixtures.listedAdult(tree.cell());
        var applicant = CaseFixtures.person(LocalDate.of(1995, 5, 5), GeneralEducation.UPPER_SECONDARY, true);
        LocalDate nominatedOn = LocalDate.of(2024, 3, 1);
        List<UUID> fresh = new ArrayList<>();
        UUID last;
        // sent at once, so that the consumer reads many of them in one poll: new rows and a known one together
        try (EventInjector candidates = connect("/partydev/candidate-service")) {
            for (int i = 0; i < 40; i++) {
                UUID candidate = UUID.randomUUID();
                fresh.add(candidate);
                candidates.send(CaseFixtures.CANDIDATE_TOPIC, new CandidateNominated(candidate, tree.cell(), null, nominatedOn,
                        NominationSource.YOUTH_UNION, applicant.on(nominatedOn)));
            }
            candidates.send(CaseFixtures.CANDIDATE_TOPIC, new CandidateListed(fresh.get(0), tree.cell(), LocalDate.of(2024, 6, 1)));
            candidates.send(CaseFixtures.CANDIDATE_TOPIC, new CandidateProfileChanged(fresh.get(1), otherCell, null,
                    LocalDate.of(2024, 7, 1), applicant.on(LocalDate.of(2024, 7, 1))));
            candidates.send(CaseFixtures.CANDIDATE_TOPIC, new CandidateRemovedFromList(known, tree.cell(), LocalDate.of(2025, 1, 15),
                    CandidateRemovedFromList.RemovalReason.MOVED_AWAY));
            last = candidates.send(CaseFixtures.CANDIDATE_TOPIC, new CandidateNominated(fresh.get(2), tree.cell(), null, nominatedOn,
                    NominationSource.YOUTH_UNION, applicant.on(nominatedOn)));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> processed(last)
                && fixtures.count("SELECT count(*) FROM candidate_knowledge WHERE candidate_id = ANY(?::uuid[])",
                "{" + String.join(",", fresh.stream().map(UUID::toString).toList()) + "}") == 40);
        QuarkusTransaction.requiringNew().run(() -> {
            for (UUID candidate : fresh) {
                CandidateKnowledge row = CandidateKnowledge.findById(candidate);
                assertTrue(row.profileKnown(), "profile of " + candidate);
                assertEquals(NominationSource.YOUTH_UNION, row.source);
            }
            CandidateKnowledge listed = CandidateKnowledge.findById(fresh.get(0));
            assertEquals(tree.cell(), listed.listedCellId);
            CandidateKnowledge moved = CandidateKnowledge.findById(fresh.get(1));
            assertEquals(otherCell, moved.cellId);
            assertEquals(LocalDate.of(2024, 7, 1), moved.profileChangedOn);
            assertNull(CandidateKnowledge.<CandidateKnowledge>findById(known).listedCellId);
        });
    }

    private boolean processed(UUID eventId) throws Exception {
        return fixtures.count("SELECT count(*) FROM processed_event WHERE event_id = ?", eventId) > 0;
    }

    @Test
    void aRevokedCertificateNoLongerCounts() {
        var tree = fixtures.tree(false);
        UUID candidate = fixtures.listedAdult(tree.cell());
        try (EventInjector training = connect("/partydev/training-service")) {
            training.send(CaseFixtures.TRAINING_TOPIC, new CertificateRevoked(candidate, "AW-" + candidate.toString().substring(0, 8),
                    LocalDate.of(2025, 2, 1)));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> certificates.latestIssue(candidate, TrainingKind.AWARENESS).isEmpty());
        post(tree.commune(), "/api/v1/admission-cases", CaseFixtures.openRequest(candidate, "2025-03-01"))
                .statusCode(422).body("code", equalTo("R-CERT-1"));
    }
}
