package vn.partydev.admission;

import io.restassured.http.ContentType;
import vn.partydev.local.TestTokens;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;

/** Builds organisations and members through the public API, with unique codes and citizen ids per call. */
public final class Fixtures {

    public static final UUID ROOT = UUID.fromString("00000000-0000-0000-0000-000000000001");

    private Fixtures() {
    }

    public static String admin() {
        return TestTokens.bearer("admin", ROOT);
    }

    public static String uniqueCode(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static String citizenId() {
        return String.format("%012d", ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
    }

    public static UUID organisation(UUID parent, String kind, String name) {
        return organisation(parent, kind, name, LocalDate.of(1990, 1, 1));
    }

    /** An organisation founded on {@code validFrom}. */
    public static UUID organisation(UUID parent, String kind, String name, LocalDate validFrom) {
        return UUID.fromString(given().header("Authorization", admin()).contentType(ContentType.JSON)
                .body(Map.of("parentId", parent, "code", uniqueCode(kind), "name", name, "kind", kind,
                        "validFrom", validFrom.toString()))
                .post("/api/v1/organisations").then().log().ifValidationFails().statusCode(201).extract().path("id"));
    }

    /** A province, a commune in it and a cell in the commune: [province, commune, cell]. */
    public static UUID[] provinceCommuneCell() {
        UUID province = organisation(ROOT, "PROVINCIAL", "Tỉnh ủy Thử nghiệm");
        UUID commune = organisation(province, "COMMUNE", "Đảng bộ xã Đông Hòa");
        UUID cell = organisation(commune, "CELL", "Chi bộ thôn Đông");
        return new UUID[]{province, commune, cell};
    }

    public static Map<String, Object> member(UUID cell, String status, LocalDate entry, LocalDate official) {
        Map<String, Object> body = new HashMap<>();
        body.put("fullName", "Nguyễn Thị Hoa");
        body.put("citizenId", citizenId());
        body.put("birthDate", "1980-05-17");
        body.put("gender", "FEMALE");
        body.put("ethnicGroup", "KINH");
        body.put("religion", "NONE");
        body.put("generalEducation", "UPPER_SECONDARY");
        body.put("professionalLevel", "UNIVERSITY");
        body.put("occupation", "CIVIL_SERVANT");
        body.put("youthUnionMember", false);
        body.put("tradeUnionMember", true);
        body.put("cellId", cell);
        body.put("status", status);
        body.put("entryDate", entry.toString());
        if (official != null) {
            body.put("officialDate", official.toString());
        }
        return body;
    }

    public static UUID officialMember(UUID cell, LocalDate entry) {
        return UUID.fromString(given().header("Authorization", admin()).contentType(ContentType.JSON)
                .body(member(cell, "OFFICIAL", entry, entry.plusMonths(12)))
                .post("/api/v1/members").then().statusCode(201).extract().path("id"));
    }
}
