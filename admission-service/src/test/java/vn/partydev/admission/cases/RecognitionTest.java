package vn.partydev.admission.cases;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.partydev.admission.domain.Member;
import vn.partydev.admission.domain.MemberRoll;
import vn.partydev.platform.codes.GeneralEducation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.partydev.admission.cases.CaseFixtures.post;

/** Probation and recognition: R-PROB-1, R-CERT-2, R-VOTE-3 escalation, strike-off. */
@QuarkusTest
class RecognitionTest {

    @Inject
    CaseFixtures fixtures;
    @Inject
    MemberRoll roll;

    record Probation(CaseFixtures.Tree tree, UUID caseId, UUID member) {
        String base() {
            return "/api/v1/admission-cases/" + caseId + "/probation";
        }
    }

    /** A probationary member admitted on 4 April 2025 in a cell of 7 official members. */
    private Probation probationaryMember() {
        var tree = fixtures.tree(false);
        List<UUID> members = fixtures.officialMembers(tree.cell(), 7);
        UUID candidate = fixtures.listedCandidate(tree.cell(), CaseFixtures.person(LocalDate.of(1990, 1, 1),
                GeneralEducation.UPPER_SECONDARY, false), LocalDate.of(2029, 1, 1));
        UUID caseId = CaseFixtures.open(tree.commune(), candidate, "2025-01-06");
        CaseFixtures.readyForCellVote(tree.commune(), caseId, members.get(0), members.get(1), "2025-01-06");
        CaseFixtures.toCeremony(tree.commune(), caseId, "2025-02-20", "2025-03-20", "2025-04-04");
        return new Probation(tree, caseId, candidate);
    }

    @Test
    void threeInconclusiveVotesEscalateToTheSuperiorCommittee() throws Exception {
        Probation p = probationaryMember();
        UUID commune = p.tree().commune();
        String before = fixtures.footprint(p.caseId(), p.member());
        post(commune, p.base() + "/votes", Map.of("votedOn", "2026-04-03", "yes", 6, "no", 0)).statusCode(422)
                .body("code", equalTo("R-PROB-1"));
        post(commune, p.base() + "/votes", Map.of("votedOn", "2026-04-10", "yes", 6, "no", 0)).statusCode(422)
                .body("code", equalTo("R-CERT-2"));
        assertEquals(before, fixtures.footprint(p.caseId(), p.member()));
        fixtures.newMemberTheoryCertificate(p.member(), LocalDate.of(2025, 10, 1));

        // 7 eligible, 5 needed either way: 4 yes and 3 no reach neither
        post(commune, p.base() + "/votes", Map.of("votedOn", "2026-04-10", "yes", 4, "no", 3)).statusCode(200)
                .body("state", equalTo("PROBATION"));
        post(commune, p.base() + "/votes", Map.of("votedOn", "2026-04-20", "yes", 3, "no", 4)).statusCode(200)
                .body("state", equalTo("PROBATION"));
        post(commune, p.base() + "/votes", Map.of("votedOn", "2026-05-04", "yes", 4, "no", 2)).statusCode(200)
                .body("state", equalTo("ESCALATED"))
                .body("escalatedTo", equalTo(p.tree().province().toString()))
                .body("votes[3].outcome", equalTo("INCONCLUSIVE"));
        post(commune, p.base() + "/votes", Map.of("votedOn", "2026-05-11", "yes", 6, "no", 0)).statusCode(409);
        assertEquals(List.of("AdmissionCaseOpened", "CellResolutionAdopted", "AdmissionDecided", "MemberAdmitted",
                "RecognitionVoteFailed", "RecognitionVoteFailed", "RecognitionVoteFailed", "RecognitionEscalated"),
                fixtures.eventTypes(p.member()));

        // the superior committee decides: official from ceremony + 12 months, however late
        post(commune, p.base() + "/decision", Map.of("decidedOn", "2026-08-03", "outcome", "RECOGNISED")).statusCode(200)
                .body("officialOn", equalTo("2026-04-04"));
    }

    @Test
    void aRefusedMemberIsStruckOffAndLeavesTheRoll() throws Exception {
        Probation p = probationaryMember();
        UUID commune = p.tree().commune();
        UUID cell = p.tree().cell();
        fixtures.newMemberTheoryCertificate(p.member(), LocalDate.of(2025, 10, 1));
        assertEquals(8, QuarkusTransaction.requiringNew().call(() -> roll.memberCount(cell, LocalDate.of(2026, 4, 20))));
        post(commune, p.base() + "/votes", Map.of("votedOn", "2026-04-10", "yes", 1, "no", 6)).statusCode(200)
                .body("state", equalTo("RECOGNITION_REFUSED"));
        post(commune, p.base() + "/decision", Map.of("decidedOn", "2026-04-20", "outcome", "RECOGNISED")).statusCode(409);
        post(commune, p.base() + "/decision", Map.of("decidedOn", "2026-04-20", "outcome", "STRUCK_OFF", "reason", "Không đủ tư cách"))
                .statusCode(200).body("state", equalTo("STRUCK_OFF"));

        assertEquals(LocalDate.of(2026, 4, 20), QuarkusTransaction.requiringNew().call(() -> Member.<Member>findById(p.member()).leftOn));
        assertEquals(7, QuarkusTransaction.requiringNew().call(() -> roll.memberCount(cell, LocalDate.of(2026, 4, 20))));
        assertEquals(List.of("AdmissionCaseOpened", "CellResolutionAdopted", "AdmissionDecided", "MemberAdmitted",
                "RecognitionVoteFailed", "MemberStruckOff"), fixtures.eventTypes(p.member()));
    }
}
