package vn.partydev.platform.testapp;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.ResultSet;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.partydev.platform.testapp.Organisations.COMMUNE_A;
import static vn.partydev.platform.testapp.SpecimenRequests.as;
import static vn.partydev.platform.testapp.SpecimenRequests.create;

/** A read of personal data leaves a row saying who, when, what and why — and never the value read. */
@QuarkusTest
class PersonalDataAccessLogTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void readingACitizenIdIsLogged() throws Exception {
        String id = create("cell", COMMUNE_A, "Hoàng Văn Thụ");
        as("cell", COMMUNE_A).get("/api/v1/specimens/" + id + "/citizen-id").then().statusCode(200)
                .body("citizenId", equalTo("001099012345"));
        try (var connection = dataSource.getConnection();
             var query = connection.prepareStatement("SELECT * FROM personal_data_access WHERE resource_id = ?")) {
            query.setString(1, id);
            try (ResultSet rows = query.executeQuery()) {
                assertTrue(rows.next());
                assertEquals("test-cell", rows.getString("accessor"));
                assertEquals(COMMUNE_A, rows.getObject("organisation_id", UUID.class));
                assertEquals("specimen", rows.getString("resource_type"));
                assertEquals("check the citizen id", rows.getString("purpose"));
                assertEquals("/api/v1/specimens/" + id + "/citizen-id", rows.getString("request_path"));
                assertTrue(rows.getTimestamp("accessed_at") != null);
                for (int column = 1; column <= rows.getMetaData().getColumnCount(); column++) {
                    String value = rows.getString(column);
                    assertFalse(value != null && (value.contains("001099012345") || value.contains("Hoàng")), value);
                }
                assertFalse(rows.next());
            }
        }
    }

    @Test
    void readingWithoutPersonalDataLogsNothing() throws Exception {
        String id = create("cell", COMMUNE_A, "Hoàng Văn Thụ");
        as("cell", COMMUNE_A).get("/api/v1/specimens/" + id).then().statusCode(200);
        try (var connection = dataSource.getConnection();
             var query = connection.prepareStatement("SELECT count(*) FROM personal_data_access WHERE resource_id = ?")) {
            query.setString(1, id);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                assertEquals(0, rows.getInt(1));
            }
        }
    }
}
