package vn.partydev.platform.events;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.partydev.local.TestTokens;
import vn.partydev.platform.testapp.Assignments;

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
