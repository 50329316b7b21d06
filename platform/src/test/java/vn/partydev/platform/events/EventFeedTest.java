package vn.partydev.platform.events;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.partydev.local.TestTokens;
import vn.partydev.platform.SqlValue;
import vn.partydev.platform.events.admission.MemberTransferred;
import vn.partydev.platform.events.candidate.CandidateListed;
import vn.partydev.platform.events.candidate.HelperAssigned;
import vn.partydev.platform.testapp.Assignments;
import vn.partydev.platform.testapp.Organisations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class EventFeedTest {

    private static final UUID ROOT = UUID.fromString("00000000-0000-0000-0000-000000000001");

    @Inject
    Assignments assignments;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void pagesThroughPublishedEventsInOrder() throws SQLException {
        UUID person = UUID.randomUUID();
        for (int day = 1; day <= 3; day++) {
            assignments.assign(person, UUID.randomUUID(), LocalDate.of(2026, 7, day));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> positions(person).size() == 3);
        List<Long> positions = positions(person);
        long before = positions.get(0) - 1;

        Response first = given().header("Authorization", TestTokens.bearer("feed", ROOT))
                .queryParam("after", before).queryParam("limit", 2)
                .get("/api/v1/events").then().statusCode(200).extract().response();
        assertEquals(List.of(person.toString(), person.toString()), first.jsonPath().getList("events.subject"));
        assertEquals("1.0", first.jsonPath().getString("events[0].specversion"));
        assertEquals("vn.partydev.candidate.HelperAssigned.v1", first.jsonPath().getString("events[0].type"));
        assertEquals("/partydev/platform-test", first.jsonPath().getString("events[0].source"));
        assertEquals("application/json", first.jsonPath().getString("events[0].datacontenttype"));
        assertEquals("2026-07-01", first.jsonPath().getString("events[0].data.assignedOn"));
        assertEquals("2026-07-02", first.jsonPath().getString("events[1].data.assignedOn"));
        assertEquals(positions.get(1).longValue(), first.jsonPath().getLong("nextPosition"));

        Response second = given().header("Authorization", TestTokens.bearer("feed", ROOT))
                .queryParam("after", first.jsonPath().getLong("nextPosition")).queryParam("limit", 2)
                .get("/api/v1/events").then().statusCode(200).extract().response();
        assertEquals("2026-07-03", second.jsonPath().getString("events[0].data.assignedOn"));
        assertEquals(person.toString(), second.jsonPath().getString("events[0].subject"));
    }

    /**
     * The feed is scoped by the token's organisation: a province reads the events that concern its subtree (named by
     * the event, or passed by the publisher; a transfer on both sides), never another province's; the root reads all.
     */
    @Test
    void aProvinceReadsOnlyTheEventsOfItsSubtreeAndTheRootReadsAll() throws SQLException {
        UUID inA = UUID.randomUUID();
        UUID inB = UUID.randomUUID();
        UUID movedAtoB = UUID.randomUUID();
        UUID national = UUID.randomUUID();
        long before = head();
        assignments.publish(new CandidateListed(inA, Organisations.CELL_A1, LocalDate.of(2026, 7, 1)), List.of());
        assignments.publish(new HelperAssigned(inB, UUID.randomUUID(), LocalDate.of(2026, 7, 2)),
                List.of("/" + ROOT + "/" + Organisations.PROVINCE_B + "/" + Organisations.CELL_B1 + "/"));
        assignments.publish(new MemberTransferred(movedAtoB, Organisations.CELL_A1, Organisations.CELL_B1, LocalDate.of(2026, 7, 3)), List.of());
        assignments.publish(new HelperAssigned(national, UUID.randomUUID(), LocalDate.of(2026, 7, 4)), List.of());
        await().atMost(Duration.ofSeconds(30)).until(() -> positions(national).size() == 1);

        List<String> provinceB = readAll(Organisations.PROVINCE_B, before);
        assertTrue(provinceB.containsAll(List.of(inB.toString(), movedAtoB.toString())), provinceB.toString());
        assertFalse(provinceB.contains(inA.toString()), "province B read a province A event");
        assertFalse(provinceB.contains(national.toString()), "an event of no organisation is national");

        List<String> provinceA = readAll(Organisations.PROVINCE, before);
        assertTrue(provinceA.containsAll(List.of(inA.toString(), movedAtoB.toString())), provinceA.toString());
        assertFalse(provinceA.contains(inB.toString()), "province A read a province B event");
        List<String> communeB = readAll(Organisations.COMMUNE_B, before);
        assertFalse(communeB.contains(inA.toString()) || communeB.contains(movedAtoB.toString()), communeB.toString());

        assertEquals(List.of(inA.toString(), inB.toString(), movedAtoB.toString(), national.toString()),
                readAll(ROOT, before).stream().filter(subject -> List.of(inA.toString(), inB.toString(), movedAtoB.toString(),
                        national.toString()).contains(subject)).toList());
        given().header("Authorization", TestTokens.bearer("feed", Organisations.UNKNOWN)).get("/api/v1/events").then().statusCode(403);
    }

    /** Pages one event at a time from {@code after} to the end, checking that positions only grow; the subjects read. */
    private List<String> readAll(UUID organisation, long after) {
        List<String> subjects = new ArrayList<>();
        long position = after;
        for (int page = 0; page < 10_000; page++) {
            Response response = given().header("Authorization", TestTokens.bearer("feed", organisation))
                    .queryParam("after", position).queryParam("limit", 1)
                    .get("/api/v1/events").then().statusCode(200).extract().response();
            long next = response.jsonPath().getLong("nextPosition");
            List<String> read = response.jsonPath().getList("events.subject");
            subjects.addAll(read);
            if (read.isEmpty()) {
                assertTrue(next >= position, "nextPosition went back");
                return subjects;
            }
            assertTrue(next > position, "nextPosition did not move on");
            position = next;
        }
        throw new AssertionError("the feed did not end");
    }

    private long head() throws SQLException {
        return SqlValue.of(dataSource, Long.class, "SELECT coalesce(max(published_position), 0) FROM outbox_event");
    }

    @Test
    void nothingNewGivesAnEmptyPageAndTheSamePosition() {
        given().header("Authorization", TestTokens.bearer("feed", ROOT))
                .queryParam("after", Long.MAX_VALUE - 1)
                .get("/api/v1/events").then().statusCode(200)
                .body("events.size()", equalTo(0))
                .body("nextPosition", equalTo(Long.MAX_VALUE - 1));
    }

    @Test
    void onlyTheFeedRoleReadsTheFeed() {
        given().get("/api/v1/events").then().statusCode(401);
        given().header("Authorization", TestTokens.bearer("viewer", ROOT)).get("/api/v1/events").then().statusCode(403);
    }

    @Test
    void badPagingIsRejected() {
        given().header("Authorization", TestTokens.bearer("feed", ROOT)).queryParam("limit", 0)
                .get("/api/v1/events").then().statusCode(400);
        given().header("Authorization", TestTokens.bearer("feed", ROOT)).queryParam("limit", 1001)
                .get("/api/v1/events").then().statusCode(400);
        given().header("Authorization", TestTokens.bearer("feed", ROOT)).queryParam("after", -1)
                .get("/api/v1/events").then().statusCode(400);
    }

    @Test
    void theContractIsServedToEveryone() {
        given().get("/api/v1/events/asyncapi.yaml").then().statusCode(200)
                .contentType(containsString("yaml"))
                .body(containsString("asyncapi: 3.0.0"))
                .body(containsString("address: partydev.admission.v1"));
        given().get("/api/v1/events/schemas/HelperAssigned.v1.json").then().statusCode(200)
                .body(containsString("\"title\": \"HelperAssigned\""));
        given().get("/api/v1/events/schemas/MemberAdmitted").then().statusCode(200)
                .body(containsString("\"$ref\": \"#/$defs/Demographics\""));
        given().get("/api/v1/events/schemas/NoSuchEvent.v1.json").then().statusCode(404);
        given().get("/api/v1/events/schemas/..%2Fasyncapi.yaml").then().statusCode(400);
    }

    private List<Long> positions(UUID subject) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT published_position FROM outbox_event WHERE subject = ? AND published_position IS NOT NULL ORDER BY published_position")) {
            select.setString(1, subject.toString());
            try (ResultSet rows = select.executeQuery()) {
                List<Long> positions = new ArrayList<>();
                while (rows.next()) {
                    positions.add(rows.getLong(1));
                }
                return positions;
            }
        }
    }
}
