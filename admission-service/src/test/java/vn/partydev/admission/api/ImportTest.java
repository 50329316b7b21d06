package vn.partydev.admission.api;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.partydev.admission.Fixtures;
import vn.partydev.local.TestTokens;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.partydev.admission.Fixtures.admin;

@QuarkusTest
class ImportTest {

    private static final String MEMBER_HEADER = "so_cccd,ho_ten,ngay_sinh,gioi_tinh,dan_toc,ton_giao,trinh_do_pho_thong,"
            + "trinh_do_chuyen_mon,nghe_nghiep,ma_chi_bo,trang_thai,ngay_vao_dang,ngay_chinh_thuc,doan_vien\n";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void organisationsInAnyOrderThenMembersAndTheSameFilesAgainChangeNothing() {
        String p = "T" + UUID.randomUUID().toString().substring(0, 6);
        String organisations = "ma_to_chuc,ten_to_chuc,loai,ma_to_chuc_cap_tren,quyen_quyet_dinh_ket_nap\n"
                + p + ".CB1,Chi bộ thôn Một,CELL," + p + ".XA,không\n"
                + p + ".XA,Đảng bộ xã Hòa An,COMMUNE," + p + ".T,có\n"
                + p + ".T,Tỉnh ủy Nhập,PROVINCIAL,TW,có\n";
        JsonPath first = runImport("organisations", organisations, admin());
        assertEquals("COMPLETED", first.getString("state"));
        assertEquals(3, first.getInt("rowsImported"));
        JsonPath again = runImport("organisations", organisations, admin());
        assertEquals("COMPLETED", again.getString("state"));
        assertEquals(0, again.getInt("rowsImported"));
        assertEquals(3, again.getInt("rowsUnchanged"));

        String[] ids = {Fixtures.citizenId(), Fixtures.citizenId(), Fixtures.citizenId()};
        String members = MEMBER_HEADER
                + ids[0] + ",Nguyễn Văn An,1980-01-02,MALE,KINH,NONE,UPPER_SECONDARY,UNIVERSITY,CIVIL_SERVANT," + p + ".CB1,OFFICIAL,2005-03-26,2006-03-26,không\n"
                + ids[1] + ",\"Lò Thị Bình\",15/07/1990,Nữ,03,BUDDHISM,LOWER_SECONDARY,NONE,FARMER," + p + ".CB1,Chính thức,02/09/2015,02/09/2016,có\n"
                + ids[2] + ",Trần Văn Cường,1999-12-31,Nam,01,NONE,UPPER_SECONDARY,COLLEGE,STUDENT," + p + ".CB1,Dự bị,2025-05-19,,có\n";
        JsonPath imported = runImport("members", members, admin());
        assertEquals("COMPLETED", imported.getString("state"), imported.prettify());
        assertEquals(3, imported.getInt("rowsRead"));
        assertEquals(3, imported.getInt("rowsImported"));
        UUID cell = cellWithCode(p + ".CB1");
        given().header("Authorization", admin()).get("/api/v1/organisations/" + cell).then()
                .body("members", equalTo(3)).body("officialMembers", equalTo(2));
        assertEquals(3, count("SELECT count(*) FROM outbox_event o JOIN member m ON o.subject = m.id::text"
                + " WHERE m.cell_id = '" + cell + "' AND o.type = 'vn.partydev.admission.MemberRegistered.v1'"));

        JsonPath rerun = runImport("members", members, admin());
        assertEquals("COMPLETED", rerun.getString("state"));
        assertEquals(0, rerun.getInt("rowsImported"));
        assertEquals(3, rerun.getInt("rowsUnchanged"));
        assertEquals(3, count("SELECT count(*) FROM member WHERE cell_id = '" + cell + "'"));
        assertEquals(3, count("SELECT count(*) FROM member_cell_period WHERE cell_id = '" + cell + "'"));
        assertEquals(3, count("SELECT count(*) FROM outbox_event o JOIN member m ON o.subject = m.id::text"
                + " WHERE m.cell_id = '" + cell + "' AND o.type = 'vn.partydev.admission.MemberRegistered.v1'"),
                "the re-run published nothing");
    }

    @Test
    void oneBadRowRejectsTheWholeFileAndEveryBadRowIsReported() {
        UUID[] tree = Fixtures.provinceCommuneCell();
        String cellCode = given().header("Authorization", admin()).get("/api/v1/organisations/" + tree[2])
                .then().extract().path("organisation.code");
        String good1 = Fixtures.citizenId();
        String good2 = Fixtures.citizenId();
        String members = MEMBER_HEADER
                + good1 + ",Nguyễn Văn An,1980-01-02,MALE,KINH,NONE,UPPER_SECONDARY,UNIVERSITY,CIVIL_SERVANT," + cellCode + ",OFFICIAL,2005-03-26,2006-03-26,\n"
                + "12345678901,Lê Văn Sai,1980-01-02,MALE,KINH,NONE,UPPER_SECONDARY,UNIVERSITY,CIVIL_SERVANT," + cellCode + ",OFFICIAL,2005-03-26,2006-03-26,\n"
                + good2 + ",Phạm Thị Dung,1981-01-02,FEMALE,KINH,NONE,UPPER_SECONDARY,UNIVERSITY,CIVIL_SERVANT,KHONG-CO-CHI-BO,OFFICIAL,2005-03-26,2006-03-26,\n"
                + good1 + ",Nguyễn Văn An,1980-01-02,MALE,KINH,NONE,UPPER_SECONDARY,UNIVERSITY,CIVIL_SERVANT," + cellCode + ",OFFICIAL,2005-03-26,2006-03-26,\n"
                + Fixtures.citizenId() + ",Vũ Văn Trẻ,2000-03-15,MALE,KINH,NONE,UPPER_SECONDARY,UNIVERSITY,CIVIL_SERVANT," + cellCode + ",PROBATIONARY,2018-03-14,,\n";
        JsonPath result = runImport("members", members, admin());
        assertEquals("FAILED", result.getString("state"));
        assertEquals(5, result.getInt("rowsRead"));
        assertEquals(1, result.getInt("rowsValid"));
        assertEquals(0, result.getInt("rowsImported"));
        assertEquals(4, result.getInt("errorCount"));
        assertEquals(List.of(3, 4, 5, 6), result.getList("errors.line", Integer.class));
        assertEquals(List.of("so_cccd", "ma_chi_bo", "so_cccd", "ngay_vao_dang"), result.getList("errors.column", String.class));
        assertEquals(0, count("SELECT count(*) FROM member WHERE citizen_id IN ('" + good1 + "', '" + good2 + "')"));
        assertEquals(0, count("SELECT count(*) FROM member WHERE cell_id = '" + tree[2] + "'"));
    }

    @Test
    void aMemberDatedBeforeTheCellWasFoundedIsReportedOnItsRowAndNothingIsImported() {
        UUID commune = Fixtures.provinceCommuneCell()[1];
        UUID cell = Fixtures.organisation(commune, "CELL", "Chi bộ thôn Mới", LocalDate.of(2015, 6, 1));
        String cellCode = given().header("Authorization", admin()).get("/api/v1/organisations/" + cell)
                .then().extract().path("organisation.code");
        String early = Fixtures.citizenId();
        String onTheDay = Fixtures.citizenId();
        String members = MEMBER_HEADER
                + early + ",Nguyễn Văn Sớm,1980-01-02,MALE,KINH,NONE,UPPER_SECONDARY,UNIVERSITY,CIVIL_SERVANT," + cellCode + ",OFFICIAL,2015-05-31,2016-06-01,\n"
                + onTheDay + ",Trần Thị Đúng,1981-01-02,FEMALE,KINH,NONE,UPPER_SECONDARY,UNIVERSITY,CIVIL_SERVANT," + cellCode + ",OFFICIAL,01/06/2015,2016-06-01,\n";
        JsonPath refused = runImport("members", members, admin());
        assertEquals("FAILED", refused.getString("state"));
        assertEquals(1, refused.getInt("errorCount"));
        assertEquals(1, refused.getInt("rowsValid"));
        assertEquals(List.of(2), refused.getList("errors.line", Integer.class));
        assertEquals(List.of("ngay_vao_dang"), refused.getList("errors.column", String.class));
        assertEquals("R-ORG-1", refused.getString("errors[0].code"));
        assertEquals("the day of entry 2015-05-31 is before the cell " + cellCode + " existed (valid from 2015-06-01)",
                refused.getString("errors[0].detail"));
        given().header("Authorization", admin()).header("Accept-Language", "vi").get("/api/v1/imports/" + refused.getString("id"))
                .then().statusCode(200)
                .body("errors[0].code", equalTo("R-ORG-1"))
                .body("errors[0].detail", equalTo("ngày vào Đảng 2015-05-31 trước khi chi bộ " + cellCode
                        + " được thành lập (có hiệu lực từ ngày 2015-06-01)"))
                .body("errors[0]", not(hasKey("message")));
        assertEquals(0, count("SELECT count(*) FROM member WHERE citizen_id IN ('" + early + "', '" + onTheDay + "')"));

        JsonPath imported = runImport("members", MEMBER_HEADER + members.substring(members.indexOf('\n', MEMBER_HEADER.length()) + 1), admin());
        assertEquals("COMPLETED", imported.getString("state"), imported.prettify());
        assertEquals(1, imported.getInt("rowsImported"));
        assertEquals(1, count("SELECT count(*) FROM member WHERE citizen_id = '" + onTheDay + "'"));
    }

    @Test
    void aCellUnderACellInAnOrganisationsFileIsReportedWithItsRuleInEitherLanguage() {
        String p = "T" + UUID.randomUUID().toString().substring(0, 6);
        String organisations = "ma_to_chuc,ten_to_chuc,loai,ma_to_chuc_cap_tren\n"
                + p + ".T,Tỉnh ủy Nhập,PROVINCIAL,TW\n"
                + p + ".XA,Đảng bộ xã Hòa Bình,COMMUNE," + p + ".T\n"
                + p + ".CB1,Chi bộ thôn Một,CELL," + p + ".XA\n"
                + p + ".CB2,Chi bộ trong chi bộ,CELL," + p + ".CB1\n";
        JsonPath refused = runImport("organisations", organisations, admin());
        assertEquals("FAILED", refused.getString("state"));
        assertEquals(List.of(5), refused.getList("errors.line", Integer.class));
        assertEquals("ORG-TREE", refused.getString("errors[0].code"));
        assertEquals("a CELL cannot sit under a CELL; allowed under a CELL: nothing (a cell is a leaf)", refused.getString("errors[0].detail"));
        given().header("Authorization", admin()).header("Accept-Language", "vi").get("/api/v1/imports/" + refused.getString("id"))
                .then().statusCode(200)
                .body("errors[0].column", equalTo("loai"))
                .body("errors[0].detail", equalTo("tổ chức loại CELL không thể trực thuộc CELL; dưới CELL chỉ có thể có: —"));
        assertEquals(0, count("SELECT count(*) FROM organisation WHERE code LIKE '" + p + ".%'"));
    }

    @Test
    void aWrongHeaderOrKindIsRefusedAtOnce() {
        given().header("Authorization", admin()).contentType("text/csv").queryParam("kind", "members")
                .body("so_cccd,ho_ten\n001190012345,Nguyễn Văn An\n").post("/api/v1/imports")
                .then().statusCode(400).body("code", equalTo("CSV_HEADER"));
        given().header("Authorization", admin()).contentType("text/csv").queryParam("kind", "people")
                .body(MEMBER_HEADER).post("/api/v1/imports").then().statusCode(400);
    }

    @Test
    void aCommuneImportsOnlyIntoItsOwnCellsAndSeesOnlyItsOwnImports() {
        UUID[] mine = Fixtures.provinceCommuneCell();
        UUID[] other = Fixtures.provinceCommuneCell();
        String otherCell = given().header("Authorization", admin()).get("/api/v1/organisations/" + other[2])
                .then().extract().path("organisation.code");
        String members = MEMBER_HEADER + Fixtures.citizenId() + ",Nguyễn Văn An,1980-01-02,MALE,KINH,NONE,UPPER_SECONDARY,"
                + "UNIVERSITY,CIVIL_SERVANT," + otherCell + ",OFFICIAL,2005-03-26,2006-03-26,\n";
        String mineUser = TestTokens.bearer("organiser", mine[1]);
        JsonPath result = runImport("members", members, mineUser);
        assertEquals("FAILED", result.getString("state"));
        assertEquals(List.of("ma_chi_bo"), result.getList("errors.column", String.class));
        given().header("Authorization", TestTokens.bearer("organiser", other[1])).get("/api/v1/imports/" + result.getString("id"))
                .then().statusCode(404);
    }

    @Test
    void bytesThatAreNotUtf8AreReportedWithTheirLineAndNothingIsImported() throws Exception {
        UUID[] tree = Fixtures.provinceCommuneCell();
        String cellCode = given().header("Authorization", admin()).get("/api/v1/organisations/" + tree[2])
                .then().extract().path("organisation.code");
        String[] ids = {Fixtures.citizenId(), Fixtures.citizenId(), Fixtures.citizenId()};
        String row = ",1980-01-02,MALE,KINH,NONE,UPPER_SECONDARY,UNIVERSITY,CIVIL_SERVANT," + cellCode + ",OFFICIAL,2005-03-26,2006-03-26,\n";
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.write((MEMBER_HEADER + ids[0] + ",Nguyễn Văn An" + row).getBytes(StandardCharsets.UTF_8));
        // line 3 was saved as Windows-1258/Latin-1 by a spreadsheet: "Trần" with a lone 0xC3 byte, "Thị" with 0xEA
        file.write((ids[1] + ",Tr").getBytes(StandardCharsets.UTF_8));
        file.write(new byte[]{(byte) 0xC3, 'n', ' ', 'T', 'h', (byte) 0xEA});
        file.write((" Hoa" + row).getBytes(StandardCharsets.UTF_8));
        file.write((ids[2] + ",Lê Văn Bình" + row).getBytes(StandardCharsets.UTF_8));
        JsonPath result = runImport("members", file.toByteArray(), admin());
        assertEquals("FAILED", result.getString("state"), result.prettify());
        assertEquals(3, result.getInt("rowsRead"));
        assertEquals(2, result.getInt("rowsValid"));
        assertEquals(1, result.getInt("errorCount"));
        assertEquals(List.of(3), result.getList("errors.line", Integer.class));
        assertEquals("is not valid UTF-8 text (byte 16 of the line); save the file with UTF-8 encoding",
                result.getString("errors[0].detail"));
        assertEquals(0, count("SELECT count(*) FROM member WHERE cell_id = '" + tree[2] + "'"));
        assertEquals(0, count("SELECT count(*) FROM member WHERE citizen_id IN ('" + String.join("', '", ids) + "')"));
        assertEquals(0, count("SELECT count(*) FROM outbox_event WHERE type = 'vn.partydev.admission.MemberRegistered.v1'"
                + " AND CAST(data AS jsonb) ->> 'cellId' = '" + tree[2] + "'"), "nothing published about the test's cell");

        // the same in an organisations file, on its second line
        String p = "T" + UUID.randomUUID().toString().substring(0, 6);
        ByteArrayOutputStream organisations = new ByteArrayOutputStream();
        organisations.write(("ma_to_chuc,ten_to_chuc,loai,ma_to_chuc_cap_tren\n" + p + ".XA,").getBytes(StandardCharsets.UTF_8));
        organisations.write(new byte[]{'X', (byte) 0xE3, ' ', 'H', 'o', 'a'});
        organisations.write((",COMMUNE,TW\n").getBytes(StandardCharsets.UTF_8));
        JsonPath refused = runImport("organisations", organisations.toByteArray(), admin());
        assertEquals("FAILED", refused.getString("state"));
        assertEquals(List.of(2), refused.getList("errors.line", Integer.class));
        assertEquals(0, count("SELECT count(*) FROM organisation WHERE code = '" + p + ".XA'"));

        // bad bytes in the header: refused at once, naming line 1
        byte[] header = MEMBER_HEADER.replace("ho_ten", "h\u00F4_ten").getBytes(StandardCharsets.ISO_8859_1);
        given().header("Authorization", admin()).contentType("text/csv").queryParam("kind", "members").body(header)
                .post("/api/v1/imports").then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("CSV_ENCODING"))
                .body("detail", equalTo("line 1 is not valid UTF-8 text (byte 10 of the line); save the file with UTF-8 encoding"));
    }

    private JsonPath runImport(String kind, String csv, String authorization) {
        return runImport(kind, csv.getBytes(StandardCharsets.UTF_8), authorization);
    }

    private JsonPath runImport(String kind, byte[] csv, String authorization) {
        String location = given().header("Authorization", authorization).contentType("text/csv; charset=UTF-8")
                .queryParam("kind", kind).body(csv).post("/api/v1/imports")
                .then().statusCode(202).extract().header("Location");
        String path = location.substring(location.indexOf("/api/"));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            String state = given().header("Authorization", authorization).get(path).then().statusCode(200).extract().path("state");
            return state.equals("COMPLETED") || state.equals("FAILED");
        });
        return given().header("Authorization", authorization).get(path).then().extract().jsonPath();
    }

    private UUID cellWithCode(String code) {
        return UUID.fromString(given().header("Authorization", admin()).queryParam("kind", "CELL").queryParam("q", "chi bo thon mot")
                .queryParam("limit", 500).get("/api/v1/organisations").then().extract().jsonPath()
                .getString("items.find { it.code == '" + code + "' }.id"));
    }

    private int count(String sql) {
        try (var connection = dataSource.getConnection(); var rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
