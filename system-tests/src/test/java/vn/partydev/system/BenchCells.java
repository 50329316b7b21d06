package vn.partydev.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import static vn.partydev.system.Api.body;

/**
 * The organisations of a benchmark, registered through admission's API: one province, one commune, grassroots
 * committees of {@value #CELLS_PER_COMMITTEE} cells each; and nominations of distinct young people to those cells.
 */
final class BenchCells {

    static final int CELLS_PER_COMMITTEE = 50;
    private static final Duration PATIENCE = Duration.ofMinutes(2);
    private static final AtomicLong SERIALS = new AtomicLong();

    final UUID province;
    final UUID commune;
    final List<UUID> cells;
    final List<Api> cellClients;

    private BenchCells(UUID province, UUID commune, List<UUID> cells, List<Api> cellClients) {
        this.province = province;
        this.commune = commune;
        this.cells = cells;
        this.cellClients = cellClients;
    }

    /** Registers {@code count} cells with {@code threads} concurrent clients and answers them once registered. */
    static BenchCells register(SystemUnderTest system, int count, int threads) throws Exception {
        Api national = system.as("admission-service", "organiser", Story.NATIONAL_ROOT);
        UUID province = organisation(national, Story.NATIONAL_ROOT, "SB", "Tỉnh ủy Thử tải", "PROVINCIAL", false);
        Api provincial = system.as("admission-service", "organiser", province);
        UUID commune = organisation(provincial, province, "SB-X", "Đảng bộ xã Thử tải", "COMMUNE", true);
        List<UUID> committees = new ArrayList<>();
        for (int c = 0; c * CELLS_PER_COMMITTEE < count; c++) {
            committees.add(organisation(provincial, commune, "SB-X-%03d".formatted(c), "Đảng bộ Công ty số " + c, "GRASSROOTS_COMMITTEE", false));
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<UUID>> registered = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int cell = i;
                registered.add(pool.submit(() -> organisation(provincial, committees.get(cell / CELLS_PER_COMMITTEE),
                        "SB-X-%03d-%04d".formatted(cell / CELLS_PER_COMMITTEE, cell), "Chi bộ số " + cell, "CELL", false)));
            }
            List<UUID> cells = new ArrayList<>();
            List<Api> clients = new ArrayList<>();
            for (Future<UUID> cell : registered) {
                cells.add(cell.get());
                clients.add(system.as("candidate-service", "cell", cells.get(cells.size() - 1)));
            }
            return new BenchCells(province, commune, cells, clients);
        } finally {
            pool.shutdownNow();
        }
    }

    /** One nomination in every cell, each repeated until candidate-service has learned its cell from admission's events. */
    void nominateOnceInEveryCell(int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<JsonNode>> nominated = new ArrayList<>();
            for (int i = 0; i < cells.size(); i++) {
                int cell = i;
                nominated.add(pool.submit(() -> cellClients.get(cell).postWhenKnown("/api/v1/candidates", nomination(cell), 201, PATIENCE)));
            }
            for (Future<JsonNode> answer : nominated) {
                answer.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** POSTs a nomination of a new person to cell number {@code cell}; answers the nanoseconds until its 201. */
    long nominate(int cell) {
        long start = System.nanoTime();
        cellClients.get(cell).post("/api/v1/candidates", nomination(cell), 201);
        return System.nanoTime() - start;
    }

    /** POSTs a nomination to cell number {@code cell} without waiting; completes with the nanoTime of its 201 (else fails). */
    CompletableFuture<Long> nominateAsync(int cell) {
        ObjectNode body = nomination(cell);
        return cellClients.get(cell).postAsync("/api/v1/candidates", body).thenApply(answer -> {
            if (answer.statusCode() != 201) {
                throw new IllegalStateException("POST /api/v1/candidates → " + answer.statusCode() + " " + Api.text(answer));
            }
            return System.nanoTime();
        });
    }

    /** A young woman born in 2000 with a citizen id of her own (century/gender digit 3, year 00, a serial). */
    ObjectNode nomination(int cell) {
        long serial = SERIALS.incrementAndGet();
        String citizenId = "%03d300%06d".formatted(1 + serial / 1_000_000, serial % 1_000_000);
        ObjectNode person = body().put("fullName", "Nguyễn Thị " + lettersOf(serial)).put("birthDate", "2000-05-10").put("gender", "FEMALE")
                .put("ethnicGroup", "KINH").put("religion", "NONE").put("citizenId", citizenId).put("generalEducation", "UPPER_SECONDARY")
                .put("professionalLevel", "UNIVERSITY").put("politicalTheoryLevel", "NONE").put("occupation", "STUDENT")
                .put("workplace", "Trường Đại học Thử tải").put("youthUnionMember", true).put("tradeUnionMember", false);
        ObjectNode request = body();
        request.set("person", person);
        request.set("nomination", body().put("source", "YOUTH_UNION").put("organisationName", "Đoàn xã Thử tải")
                .put("nominatedOn", Story.NOMINATED.toString()).put("cellId", cells.get(cell).toString()));
        return request;
    }

    /** A given name spelling {@code serial} in letters (names may hold only letters, spaces and apostrophes). */
    private static String lettersOf(long serial) {
        StringBuilder name = new StringBuilder();
        for (long rest = serial; rest > 0; rest /= 26) {
            name.append((char) ('a' + rest % 26));
        }
        return "X" + name;
    }

    private static UUID organisation(Api api, UUID parent, String code, String name, String kind, boolean decides) {
        return Organisations.register(api, parent, code, name, kind, decides, 10_000);
    }
}
