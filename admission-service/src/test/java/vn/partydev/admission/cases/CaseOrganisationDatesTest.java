package vn.partydev.admission.cases;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.partydev.platform.codes.GeneralEducation;
import vn.partydev.platform.codes.OrganisationKind;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.partydev.admission.cases.CaseFixtures.post;

/** R-ORG-1 for the procedure: a case cannot be opened in a cell before the cell was founded. */
@QuarkusTest
class CaseOrganisationDatesTest {

    @Inject
    CaseFixtures fixtures;

    @Test
    void aCaseOpenedTheDayBeforeTheCellWasFoundedIsRefusedOnTheDayOpened() throws Exception {
        var tree = fixtures.tree(false);
        UUID cell = fixtures.organisation(tree.commune(), OrganisationKind.CELL, false, LocalDate.of(2025, 1, 6));
        UUID candidate = fixtures.listedCandidate(cell, CaseFixtures.person(LocalDate.of(1990, 1, 1),
                GeneralEducation.UPPER_SECONDARY, false), LocalDate.of(2029, 1, 1));
        post(tree.commune(), "/api/v1/admission-cases", Map.of("candidateId", candidate, "openedOn", "2025-01-05", "birthDate", "1995-04-01"))
                .statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("R-ORG-1"));
        assertEquals(0, fixtures.count("SELECT count(*) FROM admission_case WHERE candidate_id = ?", candidate));
        assertEquals(0, fixtures.count("SELECT count(*) FROM outbox_event WHERE subject = ?", candidate.toString()));
        post(tree.commune(), "/api/v1/admission-cases", Map.of("candidateId", candidate, "openedOn", "2025-01-06", "birthDate", "1995-04-01"))
                .statusCode(201).body("openedOn", equalTo("2025-01-06"));
    }
}
