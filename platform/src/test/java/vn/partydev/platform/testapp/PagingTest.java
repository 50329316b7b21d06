package vn.partydev.platform.testapp;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.partydev.platform.testapp.Organisations.COMMUNE_A;
import static vn.partydev.platform.testapp.ProblemAssertions.assertProblem;
import static vn.partydev.platform.testapp.SpecimenRequests.as;
import static vn.partydev.platform.testapp.SpecimenRequests.create;

/** Lists page by keyset cursor, with a Link rel="next" header to follow; searches ignore accents. */
@QuarkusTest
class PagingTest {

    private static final Pattern NEXT = Pattern.compile("<([^>]+)>;\\s*rel=\"next\"");

    @Test
    void followingTheNextLinksReadsEveryRowOnce() {
        String marker = "p" + UUID.randomUUID().toString().substring(0, 8);
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            created.add(create("cell", COMMUNE_A, "Trần Thị Bích " + marker));
        }
        List<String> read = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        Response page = as("cell", COMMUNE_A).queryParam("q", "BÍCH " + marker).queryParam("limit", 3).get("/api/v1/specimens");
        while (true) {
            page.then().statusCode(200);
            List<String> ids = page.jsonPath().getList("items.id");
            read.addAll(ids);
            pageSizes.add(ids.size());
            String link = page.header("Link");
            if (link == null) {
                assertNull(page.jsonPath().getString("nextCursor"));
                break;
            }
            Matcher next = NEXT.matcher(link);
            assertTrue(next.find(), link);
            assertNotNull(page.jsonPath().getString("nextCursor"));
            assertTrue(next.group(1).contains("cursor=" + page.jsonPath().getString("nextCursor")), link);
            page = as("cell", COMMUNE_A).urlEncodingEnabled(false).get(next.group(1));
        }
        assertEquals(List.of(3, 3, 1), pageSizes);
        assertEquals(7, new HashSet<>(read).size());
        assertEquals(new HashSet<>(created), new HashSet<>(read));
    }

    @Test
    void exactlyOneFullPageHasNoNextLink() {
        String marker = "p" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 2; i++) {
            create("cell", COMMUNE_A, "Ngô Quyền " + marker);
        }
        Response page = as("cell", COMMUNE_A).queryParam("q", marker).queryParam("limit", 2).get("/api/v1/specimens");
        page.then().statusCode(200);
        assertEquals(2, page.jsonPath().getList("items").size());
        assertNull(page.header("Link"));
    }

    @Test
    void searchIgnoresAccentsAndCase() {
        String marker = "p" + UUID.randomUUID().toString().substring(0, 8);
        String id = create("cell", COMMUNE_A, "Nguyễn Thị Minh Khai " + marker);
        List<String> found = as("cell", COMMUNE_A).queryParam("q", "nguyen thi MINH khai " + marker).get("/api/v1/specimens")
                .then().statusCode(200).extract().path("items.id");
        assertEquals(List.of(id), found);
    }

    @Test
    void anInvalidCursorIs400() {
        assertProblem(as("cell", COMMUNE_A).queryParam("cursor", "not-a-cursor!").get("/api/v1/specimens").then(),
                400, "INVALID_CURSOR");
    }

    @Test
    void aLimitOutOfRangeIs400() {
        assertProblem(as("cell", COMMUNE_A).queryParam("limit", 0).get("/api/v1/specimens").then(), 400, "INVALID_LIMIT");
        assertProblem(as("cell", COMMUNE_A).queryParam("limit", 501).get("/api/v1/specimens").then(), 400, "INVALID_LIMIT");
    }
}
