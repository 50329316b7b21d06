package vn.partydev.admission.bench;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import vn.partydev.admission.Fixtures;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Random;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Imports N members (default 1,000,000; -Dbench.rows=) from one CSV file through the API and compares the time with
 * a raw PostgreSQL COPY of the same file into a bare table, measured in the same run on the same database. Not run by
 * default (tag "bench"): {@code ./mvnw -B verify -pl admission-service -am -Dbench.excluded=none
 * -Dtest=MemberImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false}. Results go to stdout and
 * target/bench-member-import.txt.
 */
@QuarkusTest
@Tag("bench")
class MemberImportBenchmark {

    private static final int CELLS = 1000;
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Đức", "Minh", "Ngọc", "Thanh", "Quốc"};
    private static final String[] GIVEN = {"An", "Bình", "Cường", "Dũng", "Hà", "Hoa", "Hùng", "Lan", "Long", "Mai", "Nam", "Phương", "Sơn", "Tâm", "Trang", "Tuấn"};

    @Inject
    AgroalDataSource dataSource;

    @Test
    void importOneMillionMembers() throws Exception {
        int rows = Integer.getInteger("bench.rows", 1_000_000);
        String prefix = "B" + UUID.randomUUID().toString().substring(0, 6);
        Path organisations = Files.createTempFile("bench-orgs-", ".csv");
        Path members = Files.createTempFile("bench-members-", ".csv");
        try {
            writeOrganisations(organisations, prefix);
            JsonPath tree = runImport("organisations", organisations);
            assertEquals("COMPLETED", tree.getString("state"), tree.prettify());

            long generating = System.nanoTime();
            writeMembers(members, prefix, rows);
            double generated = seconds(generating);

            long copying = System.nanoTime();
            long copied = rawCopy(members);
            double baseline = seconds(copying);
            assertEquals(rows, copied);

            long importing = System.nanoTime();
            JsonPath result = runImport("members", members);
            double imported = seconds(importing);
            assertEquals("COMPLETED", result.getString("state"), result.prettify());
            assertEquals(rows, result.getInt("rowsImported"));

            String report = String.format("member import benchmark, %,d rows (%,d MB CSV), %d cells, %d cores%n"
                            + "  generate CSV                 %8.1f s%n"
                            + "  baseline: raw COPY to table  %8.1f s%n"
                            + "  API import (upload, checks, insert, outbox events, commit) %8.1f s  = %.1f x baseline, %,.0f rows/s%n",
                    rows, Files.size(members) >> 20, CELLS, Runtime.getRuntime().availableProcessors(),
                    generated, baseline, imported, imported / baseline, rows / imported);
            System.out.print(report);
            Files.writeString(Path.of("target", "bench-member-import.txt"), report);
        } finally {
            Files.deleteIfExists(organisations);
            Files.deleteIfExists(members);
        }
    }

    private static void writeOrganisations(Path file, String prefix) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("ma_to_chuc,ten_to_chuc,loai,ma_to_chuc_cap_tren,quyen_quyet_dinh_ket_nap\n");
            out.write(prefix + ".T,Thành ủy Thử tải,PROVINCIAL,TW,có\n");
            for (int commune = 0; commune < CELLS / 20; commune++) {
                out.write(prefix + ".X" + commune + ",Đảng bộ phường " + commune + ",COMMUNE," + prefix + ".T,có\n");
            }
            for (int cell = 0; cell < CELLS; cell++) {
                out.write(prefix + ".C" + cell + ",Chi bộ khu phố " + cell + ",CELL," + prefix + ".X" + (cell % (CELLS / 20)) + ",không\n");
            }
        }
    }

    private static void writeMembers(Path file, String prefix, int rows) throws IOException {
        Random random = new Random(42);
        long firstCitizenId = 100_000_000_000L + Math.floorMod(prefix.hashCode(), 800_000) * 1_000_000L;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("so_cccd,ho_ten,ngay_sinh,gioi_tinh,dan_toc,ton_giao,trinh_do_pho_thong,trinh_do_chuyen_mon,"
                    + "nghe_nghiep,ma_chi_bo,trang_thai,ngay_vao_dang,ngay_chinh_thuc,doan_vien\n");
            StringBuilder line = new StringBuilder(200);
            for (int i = 0; i < rows; i++) {
                LocalDate birth = LocalDate.of(1950 + random.nextInt(50), 1 + random.nextInt(12), 1 + random.nextInt(28));
                LocalDate entry = birth.plusYears(19 + random.nextInt(6)).plusDays(random.nextInt(300));
                boolean official = i % 20 != 0;
                if (!official) {
                    entry = LocalDate.of(2025, 6, 1).plusDays(random.nextInt(150));
                }
                line.setLength(0);
                line.append(String.format("%012d", firstCitizenId + i)).append(',')
                        .append(FAMILY[random.nextInt(FAMILY.length)]).append(' ').append(MIDDLE[random.nextInt(MIDDLE.length)])
                        .append(' ').append(GIVEN[random.nextInt(GIVEN.length)]).append(',')
                        .append(birth).append(',').append(random.nextBoolean() ? "Nam" : "Nữ").append(',')
                        .append(random.nextInt(10) == 0 ? "03" : "01").append(',').append(random.nextInt(8) == 0 ? "BUDDHISM" : "NONE")
                        .append(",UPPER_SECONDARY,UNIVERSITY,CIVIL_SERVANT,").append(prefix).append(".C").append(i % CELLS).append(',')
                        .append(official ? "OFFICIAL" : "PROBATIONARY").append(',').append(entry).append(',')
                        .append(official ? entry.plusMonths(12).toString() : "").append(',').append(random.nextInt(3) == 0 ? "có" : "không")
                        .append('\n');
                out.write(line.toString());
            }
        }
    }

    /** The floor: PostgreSQL's own CSV COPY of the same file into a table of text columns, no checks, no indexes. */
    private long rawCopy(Path file) throws Exception {
        try (var connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (var statement = connection.createStatement()) {
                statement.execute("CREATE TEMP TABLE bench_raw (so_cccd TEXT, ho_ten TEXT, ngay_sinh TEXT, gioi_tinh TEXT,"
                        + " dan_toc TEXT, ton_giao TEXT, trinh_do_pho_thong TEXT, trinh_do_chuyen_mon TEXT, nghe_nghiep TEXT,"
                        + " ma_chi_bo TEXT, trang_thai TEXT, ngay_vao_dang TEXT, ngay_chinh_thuc TEXT, doan_vien TEXT)");
            }
            long copied;
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                copied = connection.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("COPY bench_raw FROM STDIN WITH (FORMAT csv, HEADER true)", reader);
            }
            connection.commit();
            try (var statement = connection.createStatement()) {
                statement.execute("DROP TABLE bench_raw");
            }
            connection.commit();
            return copied;
        }
    }

    private static JsonPath runImport(String kind, Path file) throws InterruptedException {
        String location = given().header("Authorization", Fixtures.admin()).contentType("text/csv").queryParam("kind", kind)
                .body(file.toFile()).post("/api/v1/imports").then().statusCode(202).extract().header("Location");
        String path = location.substring(location.indexOf("/api/"));
        long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
        while (System.nanoTime() < deadline) {
            JsonPath progress = given().header("Authorization", Fixtures.admin()).get(path).then().statusCode(200).extract().jsonPath();
            String state = progress.getString("state");
            if (state.equals("COMPLETED") || state.equals("FAILED")) {
                return progress;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the import did not finish within 30 minutes");
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
