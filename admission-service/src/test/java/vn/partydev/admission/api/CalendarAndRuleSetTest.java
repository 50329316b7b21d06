package vn.partydev.admission.api;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.partydev.local.TestTokens;
import vn.partydev.platform.calendar.WorkingDayCalendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.partydev.admission.Fixtures.ROOT;
import static vn.partydev.admission.Fixtures.admin;

@QuarkusTest
class CalendarAndRuleSetTest {

    @Inject
    WorkingDayCalendar calendar;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void theSeededYearHasTetAndNationalDay() {
        given().header("Authorization", TestTokens.bearer("viewer", ROOT)).get("/api/v1/calendar/2026").then().statusCode(200)
                .body("holidays.date", hasItem("2026-02-16")).body("holidays.date", hasItem("2026-09-01"))
                .body("workingDays.date", hasItem("2026-01-10"));
    }

    @Test
    void anAdministratorReplacesAYearOncePerChangeAndDeadlinesFollow() throws Exception {
        String etag = given().header("Authorization", admin()).get("/api/v1/calendar/2031").then().statusCode(200).extract().header("ETag");
        Map<String, Object> year = Map.of(
                "holidays", List.of(Map.of("date", "2031-01-01", "note", "Tết Dương lịch"), Map.of("date", "2031-09-02", "note", "Quốc khánh")),
                "workingDays", List.of(Map.of("date", "2031-01-04", "note", "Làm bù")));
        given().header("Authorization", TestTokens.bearer("organiser", ROOT)).header("If-Match", etag).contentType(ContentType.JSON)
                .body(year).put("/api/v1/calendar/2031").then().statusCode(403);
        given().header("Authorization", admin()).contentType(ContentType.JSON).body(year).put("/api/v1/calendar/2031").then().statusCode(428);
        String newTag = given().header("Authorization", admin()).header("If-Match", etag).contentType(ContentType.JSON).body(year)
                .put("/api/v1/calendar/2031").then().statusCode(200).extract().header("ETag");
        assertFalse(calendar.isWorkingDay(LocalDate.of(2031, 9, 2)));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2031, 1, 4)), "a make-up Saturday is a working day");
        // the same content again is no change: no second event
        given().header("Authorization", admin()).header("If-Match", newTag).contentType(ContentType.JSON).body(year)
                .put("/api/v1/calendar/2031").then().statusCode(200).header("ETag", equalTo(newTag));
        given().header("Authorization", admin()).header("If-Match", etag).contentType(ContentType.JSON).body(year)
                .put("/api/v1/calendar/2031").then().statusCode(412);
        try (var connection = dataSource.getConnection(); var rows = connection.createStatement().executeQuery(
                "SELECT count(*) FROM outbox_event WHERE type = 'vn.partydev.admission.WorkingCalendarChanged.v1' AND subject = '2031'")) {
            rows.next();
            assertEquals(1, rows.getInt(1));
        }
    }

    @Test
    void aHolidayOnASundayOrADayOfAnotherYearIsRefused() {
        String etag = given().header("Authorization", admin()).get("/api/v1/calendar/2032").then().extract().header("ETag");
        given().header("Authorization", admin()).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("holidays", List.of(Map.of("date", "2032-02-01")), "workingDays", List.of()))
                .put("/api/v1/calendar/2032").then().statusCode(400).body("code", equalTo("CALENDAR_HOLIDAY_ON_WEEKEND"));
        given().header("Authorization", admin()).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("holidays", List.of(Map.of("date", "2033-02-01")), "workingDays", List.of()))
                .put("/api/v1/calendar/2032").then().statusCode(400).body("code", equalTo("CALENDAR_WRONG_YEAR"));
    }

    @Test
    void ruleSetsAreListedWithTheirNumbers() {
        given().header("Authorization", TestTokens.bearer("cell", ROOT)).get("/api/v1/rule-sets").then().statusCode(200)
                .body("[0].id", equalTo("294-QD-TW-2025")).body("[0].minimumAgeMonths", equalTo(216))
                .body("[0].voteThreshold", equalTo("2/3"));
        given().header("Authorization", TestTokens.bearer("cell", ROOT)).get("/api/v1/rule-sets/nope").then().statusCode(404);
    }
}
