package vn.partydev.console;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A small province made through the public APIs: two communes (A with two cells, B with one), residential areas,
 * members, targets for the year and the term, and a candidate; then waits until reporting has applied it all.
 */
final class Province {

    static final String ROOT = "00000000-0000-0000-0000-000000000001";
    static final String CANDIDATE_NAME = "Nguyễn Thị Hằng";

    final PublicApi admin = new PublicApi(RunningStack.token("admin", ROOT));
    final String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    String province;
    String communeA;
    String communeB;
    String cellA1;
    String cellA2;
    String cellB1;
    String candidate;

    Province create() {
        province = organisation(ROOT, "PROVINCIAL", "TH", "Tỉnh ủy Hòa Bình Thử nghiệm", null);
        communeA = organisation(province, "COMMUNE", "DH", "Đảng bộ xã Đông Hòa", 4200);
        communeB = organisation(province, "COMMUNE", "TS", "Đảng bộ xã Tây Sơn", 3100);
        cellA1 = organisation(communeA, "CELL", "DH1", "Chi bộ thôn Đông", null);
        cellA2 = organisation(communeA, "CELL", "DH2", "Chi bộ thôn Bắc", null);
        cellB1 = organisation(communeB, "CELL", "TS1", "Chi bộ thôn Tây", null);
        String eastArea = area(communeA, "Thôn Đông", cellA1);
        area(communeA, "Thôn Nam", null);
        for (int i = 0; i < 2; i++) {
            member(cellA1, "OFFICIAL");
        }
        member(cellA1, "PROBATIONARY");
        for (int i = 0; i < 6; i++) {
            member(cellA2, "OFFICIAL");
        }
        for (int i = 0; i < 3; i++) {
            member(cellB1, "OFFICIAL");
        }
        target(province, "2026", 20);
        target(communeA, "2026", 12);
        target(communeB, "2026", 8);
        target(province, "2025-2030", 100);
        target(communeA, "2025-2030", 60);
        target(communeB, "2025-2030", 40);
        candidate = nominate(cellA1, eastArea);
        // reporting has applied the roll: the province's members are all counted
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            PublicApi.Answer coverage = admin.get("/reports/coverage?orgId=" + province);
            assertEquals(200, coverage.status(), String.valueOf(coverage.body()));
            assertEquals(12, coverage.body().at("/tables/0/rows/0/members").asInt(), "members counted by reporting");
        });
        return this;
    }

    private String organisation(String parent, String kind, String code, String name, Integer population) {
        Map<String, Object> body = new HashMap<>(Map.of("parentId", parent, "code", code + "-" + suffix, "name", name, "kind", kind,
                "validFrom", "1990-01-01"));
        if (population != null) {
            body.put("population", population);
        }
        return created(admin.post("/organisations", body), "organisation " + name);
    }

    private String area(String commune, String name, String cell) {
        Map<String, Object> body = new HashMap<>(Map.of("communeId", commune, "kind", "THON", "name", name, "disadvantaged", false));
        if (cell != null) {
            body.put("coveringCellId", cell);
        }
        return created(admin.post("/residential-areas", body), "residential area " + name);
    }

    private void member(String cell, String status) {
        Map<String, Object> body = new HashMap<>();
        body.put("fullName", "Trần Văn Mạnh");
        body.put("citizenId", String.format("%012d", java.util.concurrent.ThreadLocalRandom.current().nextLong(1_000_000_000_000L)));
        body.put("birthDate", "1980-05-17");
        body.put("gender", "MALE");
        body.put("ethnicGroup", "KINH");
        body.put("religion", "NONE");
        body.put("generalEducation", "UPPER_SECONDARY");
        body.put("professionalLevel", "UNIVERSITY");
        body.put("occupation", "CIVIL_SERVANT");
        body.put("youthUnionMember", false);
        body.put("tradeUnionMember", true);
        body.put("cellId", cell);
        body.put("status", status);
        body.put("entryDate", status.equals("OFFICIAL") ? "2010-03-02" : "2026-03-02");
        if (status.equals("OFFICIAL")) {
            body.put("officialDate", "2011-03-02");
        }
        created(admin.post("/members", body), "member");
    }

    /** Reporting answers 503 NOT_YET_KNOWN until it has learned the organisation from admission's events. */
    private void target(String organisation, String period, int admissions) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            PublicApi.Answer answer = admin.put("/targets/" + organisation + "/" + period, Map.of("admissions", admissions));
            assertEquals(200, answer.status(), String.valueOf(answer.body()));
        });
    }

    /** The candidate service learns cells and areas from admission's events: the nomination is retried until it knows them. */
    private String nominate(String cell, String area) {
        Map<String, Object> person = new HashMap<>();
        person.put("fullName", CANDIDATE_NAME);
        person.put("birthDate", "2004-05-17");
        person.put("gender", "FEMALE");
        person.put("ethnicGroup", "KINH");
        person.put("religion", "NONE");
        person.put("citizenId", "001304" + String.format("%06d", Math.abs(suffix.hashCode()) % 1_000_000));
        person.put("generalEducation", "UPPER_SECONDARY");
        person.put("professionalLevel", "UNIVERSITY");
        person.put("politicalTheoryLevel", "NONE");
        person.put("occupation", "STUDENT");
        person.put("residentialAreaId", area);
        person.put("workplace", "Trường Đại học Nông Lâm");
        person.put("youthUnionMember", true);
        person.put("tradeUnionMember", false);
        Map<String, Object> nomination = Map.of("source", "YOUTH_UNION", "organisationName", "Đoàn TNCS Hồ Chí Minh xã Đông Hòa",
                "nominatedOn", LocalDate.of(2026, 9, 2).toString(), "cellId", cell);
        String[] id = new String[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            PublicApi.Answer answer = admin.post("/candidates", Map.of("person", person, "nomination", nomination));
            assertEquals(201, answer.status(), String.valueOf(answer.body()));
            id[0] = answer.body().get("id").asText();
        });
        return id[0];
    }

    private static String created(PublicApi.Answer answer, String what) {
        assertEquals(201, answer.status(), what + ": " + answer.body());
        return answer.body().get("id").asText();
    }
}
