package vn.partydev.admission.events;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.partydev.admission.Fixtures;
import vn.partydev.local.TestTokens;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.partydev.admission.Fixtures.admin;

/**
 * admission-service's HTTP feed, scoped by the organisation of the feed token: each event's organisations are
 * resolved by admission's own directory when it is published (the organisation registered, the member's cell, both
 * cells of a transfer); a province's token never reads another province's events, the national root reads all.
 */
@QuarkusTest
class ScopedFeedTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void provinceBNeverReadsProvinceAEventsAndTheRootReadsBoth() throws Exception {
        long before = head();
        UUID[] a = Fixtures.provinceCommuneCell();
        UUID[] b = Fixtures.provinceCommuneCell();
        UUID memberOfA = Fixtures.officialMember(a[2], LocalDate.of(2010, 1, 1));
        UUID memberOfB = Fixtures.officialMember(b[2], LocalDate.of(2010, 1, 1));
        UUID movedBetween = Fixtures.officialMember(a[2], LocalDate.of(2010, 1, 1));
        // a transfer between provinces is the national level's act; both sides read it
        given().header("Authorization", admin()).contentType(ContentType.JSON)
                .body(Map.of("toCellId", b[2], "date", "2024-06-03")).post("/api/v1/members/" + movedBetween + "/transfer")
                .then().statusCode(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> unpublished() == 0);

        List<String> provinceB = readAll(b[0], before);
        assertTrue(provinceB.containsAll(List.of(b[0].toString(), b[2].toString(), memberOfB.toString(), movedBetween.toString())),
                provinceB.toString());
        for (UUID ofA : List.of(a[0], a[1], a[2], memberOfA)) {
            assertFalse(provinceB.contains(ofA.toString()), "province B read an event about " + ofA + " of province A");
        }
        List<String> provinceA = readAll(a[0], before);
        assertTrue(provinceA.containsAll(List.of(a[0].toString(), memberOfA.toString(), movedBetween.toString())), provinceA.toString());
        assertFalse(provinceA.contains(memberOfB.toString()), "province A read an event about a member of province B");
        assertTrue(readAll(Fixtures.ROOT, before).containsAll(List.of(a[0].toString(), b[0].toString(), memberOfA.toString(),
                memberOfB.toString(), movedBetween.toString())));
    }

    /** The subjects of every event after {@code after} the organisation's feed token reads, page by page. */
    private static List<String> readAll(UUID organisation, long after) {
        List<String> subjects = new ArrayList<>();
        long position = after;
        for (int page = 0; page < 1_000; page++) {
            Response response = given().header("Authorization", TestTokens.bearer("feed", organisation))
                    .queryParam("after", position).queryParam("limit", 50)
                    .get("/api/v1/events").then().statusCode(200).extract().response();
            List<String> read = response.jsonPath().getList("events.subject");
            long next = response.jsonPath().getLong("nextPosition");
            subjects.addAll(read);
            assertTrue(next >= position, "nextPosition went back");
            if (read.size() < 50) {
                return subjects;
            }
            position = next;
        }
        throw new AssertionError("the feed did not end");
    }

    private long head() throws Exception {
        return single("SELECT coalesce(max(published_position), 0) FROM outbox_event");
    }

    private long unpublished() throws Exception {
        return single("SELECT count(*) FROM outbox_event WHERE published_at IS NULL");
    }

    private long single(String sql) throws Exception {
        try (var connection = dataSource.getConnection(); var query = connection.prepareStatement(sql); var rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
