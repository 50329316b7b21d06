package vn.partydev.admission.cases;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.partydev.platform.events.admission.CommitteeResolutionRejected;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.partydev.admission.cases.CaseFixtures.cellVote;
import static vn.partydev.admission.cases.CaseFixtures.post;

/** The grassroots committee's vote (step 7, R-VOTE-2) when it rejects: the attempt is kept, published, and retried. */
@QuarkusTest
class CommitteeVoteTest {

    @Inject
    CaseFixtures fixtures;

    @Test
    void aCommitteeThatRejectsKeepsTheAttemptPublishesItAndMayVoteAgain() throws Exception {
        var tree = fixtures.tree(true);
        List<UUID> members = fixtures.officialMembers(tree.cell(), 7);
        UUID candidate = fixtures.listedAdult(tree.cell());
        UUID caseId = CaseFixtures.open(tree.commune(), candidate, "2025-03-03");
        CaseFixtures.readyForCellVote(tree.commune(), caseId, members.get(0), members.get(1), "2025-03-03");
        String base = "/api/v1/admission-cases/" + caseId;
        post(tree.commune(), base + "/cell-votes", cellVote("2025-03-10", 6, 1, "ADOPTED")).statusCode(200)
                .body("state", equalTo("CELL_ADOPTED"));

        // 5 of 7 reach ⌈2/3 × 7⌉ = 5: the meeting cannot be recorded as rejecting
        String before = fixtures.footprint(caseId, candidate);
        post(tree.commune(), base + "/committee-votes", Map.of("votedOn", "2025-03-17", "members", 7, "yes", 5, "no", 2,
                "resolution", "REJECTED")).statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("R-VOTE-2"))
                .body("detail", containsString("the committee has 7 members; 5 yes votes reach the 5 needed"));
        assertEquals(before, fixtures.footprint(caseId, candidate));

        post(tree.commune(), base + "/committee-votes", Map.of("votedOn", "2025-03-17", "members", 7, "yes", 4, "no", 3,
                "resolution", "REJECTED")).statusCode(200)
                .body("state", equalTo("CELL_ADOPTED"))
                .body("committeeResolutionOn", nullValue())
                .body("votes.findAll { it.kind == 'COMMITTEE' }.outcome", equalTo(List.of("REJECTED")))
                .body("votes.findAll { it.kind == 'COMMITTEE' }.yesNeeded", equalTo(List.of(5)));
        assertEquals(List.of("AdmissionCaseOpened", "CellResolutionAdopted", "CommitteeResolutionRejected"),
                fixtures.eventTypes(candidate));
        CommitteeResolutionRejected published = CaseFixtures.fromBroker(candidate, "CommitteeResolutionRejected")
                .data(CommitteeResolutionRejected.class);
        assertEquals(new CommitteeResolutionRejected(candidate, caseId, tree.committee(), LocalDate.of(2025, 3, 17), 4, 3, 7, 1),
                published);

        // no decision without the committee's resolution; no second vote on the same day
        before = fixtures.footprint(caseId, candidate);
        post(tree.commune(), base + "/decision", Map.of("decidedOn", "2025-03-18")).statusCode(409)
                .body("code", equalTo("STEP_OUT_OF_ORDER"));
        post(tree.commune(), base + "/committee-votes", Map.of("votedOn", "2025-03-17", "members", 7, "yes", 6, "no", 1,
                "resolution", "ADOPTED")).statusCode(409).body("code", equalTo("DATE_OUT_OF_ORDER"));
        assertEquals(before, fixtures.footprint(caseId, candidate));

        post(tree.commune(), base + "/committee-votes", Map.of("votedOn", "2025-03-24", "members", 7, "yes", 6, "no", 1,
                "resolution", "ADOPTED")).statusCode(200)
                .body("state", equalTo("COMMITTEE_ADOPTED"))
                .body("votes.findAll { it.kind == 'COMMITTEE' }.attempt", equalTo(List.of(1, 2)));
        assertEquals(List.of("AdmissionCaseOpened", "CellResolutionAdopted", "CommitteeResolutionRejected",
                "CommitteeResolutionAdopted"), fixtures.eventTypes(candidate));
    }
}
