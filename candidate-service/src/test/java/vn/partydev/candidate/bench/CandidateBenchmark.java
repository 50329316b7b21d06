package vn.partydev.candidate.bench;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.partydev.candidate.OrganisationTree;
import vn.partydev.candidate.People;
import vn.partydev.local.TestTokens;
import vn.partydev.platform.codes.Gender;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The performance targets of issue 5, measured against the real service, database and broker, each with a baseline
 * from the same run. Not part of the normal test run (tag {@code bench}); run with
 * {@code ./mvnw -B verify -pl candidate-service -am -Dsurefire.failIfNoSpecifiedTests=false -Dtest=CandidateBenchmark -Dbench.excluded=none}.
 * Figures are printed as {@code BENCH ...} lines; {@code -Dbench.postOnly=true} measures the POST figures alone.
 */
@Tag("bench")
@QuarkusTest
class CandidateBenchmark {

    private static final int CLIENTS = Integer.getInteger("bench.clients", 16);
    private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("bench.warmupSeconds", 5));
    // saturation is measured in steady state: warm up until the JIT compilers use under 5 % of a core, within bounds
    private static final Duration SATURATION_WARM_UP_MIN = Duration.ofSeconds(Long.getLong("bench.saturationWarmupMinSeconds", 60));
    private static final Duration SATURATION_WARM_UP_MAX = Duration.ofSeconds(Long.getLong("bench.saturationWarmupMaxSeconds", 300));
    private static final Duration WARM_UP_SLICE = Duration.ofSeconds(15);
    private static final double JIT_SETTLED_SHARE = 0.05;
    private static final Duration MEASURE = Duration.ofSeconds(Long.getLong("bench.seconds", 20));
    private static final int LIST_ROWS = Integer.getInteger("bench.listRows", 1_000_000);
    private static final int CELLS = 1_000;

    @Inject
    AgroalDataSource dataSource;

    @TestHTTPResource("/")
    URL base;

    // HTTP/1.1 with a keep-alive connection per client thread, as load tools and proxies send (Java's HttpClient would
    // multiplex every client over one h2c connection, and it costs several times the CPU of this generator)
    // one pool for every request the benchmark sends, kept for the whole run so that its CPU can be told apart
    private final ExecutorService generator = Executors.newFixedThreadPool(64, task -> {
        Thread thread = new Thread(task, "load-generator");
        thread.setDaemon(true);
        return thread;
    });
    private final ThreadLocal<KeepAliveConnection> connection = ThreadLocal.withInitial(() -> new KeepAliveConnection(base));
    private final AtomicInteger birthSerial = new AtomicInteger();

    @Test
    void measure() throws Exception {
        OrganisationTree tree = OrganisationTree.announce(dataSource);
        String token = TestTokens.bearer("organiser", tree.communeA.id());
        Supplier<byte[]> nomination = () -> KeepAliveConnection.request(base, "POST", "/api/v1/candidates", token, json(tree));
        byte[] trivial = KeepAliveConnection.request(base, "GET", "/q/health/live", null, null);

        // 1. saturation throughput of POST, against raw inserts of the same rows by as many clients
        CpuMeter cpu = CpuMeter.of(dataSource);
        warmUpUntilCompiled(nomination);
        double cpuBefore = cpu.seconds();
        double jvmBefore = cpu.jvmSeconds();
        double postgresBefore = cpu.postgresSeconds();
        var threadsBefore = CpuMeter.jvmThreadSeconds();
        double postPerSecond = saturate(nomination, MEASURE);
        var threadsAfter = CpuMeter.jvmThreadSeconds();
        System.out.printf(Locale.ROOT, "BENCH post.cpu.split jvm %.1f s, postgres %.1f s%n", cpu.jvmSeconds() - jvmBefore,
                cpu.postgresSeconds() - postgresBefore);
        threadsAfter.forEach((group, seconds) -> {
            double used = seconds - threadsBefore.getOrDefault(group, 0.0);
            if (used > 0.1) {
                System.out.printf(Locale.ROOT, "BENCH post.cpu.threads %-60s %.1f s%n", group, used);
            }
        });
        double postCpuMillis = (cpu.seconds() - cpuBefore) * 1000 / (postPerSecond * MEASURE.toSeconds());
        double generatorSeconds = threadsAfter.entrySet().stream().filter(group -> group.getKey().startsWith("load-generator"))
                .mapToDouble(group -> group.getValue() - threadsBefore.getOrDefault(group.getKey(), 0.0)).sum();
        double generatorCpuMillis = generatorSeconds * 1000 / (postPerSecond * MEASURE.toSeconds());
        cpuBefore = cpu.seconds();
        double rawPerSecond = rawInserts(tree, MEASURE);
        double rawCpuMillis = (cpu.seconds() - cpuBefore) * 1000 / (rawPerSecond * MEASURE.toSeconds());
        cpuBefore = cpu.seconds();
        double trivialPerSecond = saturate(() -> trivial, MEASURE);
        double trivialCpuMillis = (cpu.seconds() - cpuBefore) * 1000 / (trivialPerSecond * MEASURE.toSeconds());
        report("post.saturation", postPerSecond, "req/s", rawPerSecond, "raw inserts/s", postPerSecond / rawPerSecond);
        report("post.saturation.vs.trivial", postPerSecond, "req/s", trivialPerSecond, "trivial req/s", postPerSecond / trivialPerSecond);
        report("trivial.cpu.per.request", trivialCpuMillis, "ms", postCpuMillis, "ms per POST", trivialCpuMillis / postCpuMillis);
        // CPU (this JVM with its broker and load generator, plus PostgreSQL) per request: the capacity of 2 idle cores
        report("post.cpu.per.request", postCpuMillis, "ms", rawCpuMillis, "ms per raw insert", postCpuMillis / rawCpuMillis);
        System.out.printf(Locale.ROOT, "BENCH post.capacity.2cores = %.0f req/s (2 CPU-seconds per second / CPU per request);"
                + " raw inserts %.0f/s%n", 2000 / postCpuMillis, 2000 / rawCpuMillis);
        System.out.printf(Locale.ROOT, "BENCH post.cpu.of.load.generator = %.2f ms per request; without it %.0f req/s on 2 cores%n",
                generatorCpuMillis, 2000 / (postCpuMillis - generatorCpuMillis));

        // 2. latency of POST at a steady 100 requests/s, against the trivial endpoint at the same rate
        paced(nomination, 100, WARM_UP);
        Latencies post = paced(nomination, 100, MEASURE);
        Latencies trivialAt100 = paced(() -> trivial, 100, MEASURE);
        report("post.p99.at100", post.p99(), "ms", trivialAt100.p99(), "ms trivial p99", post.p99() / trivialAt100.p99());
        report("post.p50.at100", post.p50(), "ms", trivialAt100.p50(), "ms trivial p50", post.p50() / trivialAt100.p50());

        if (Boolean.getBoolean("bench.postOnly")) {
            return;
        }

        // 3. list p99 over a million candidates
        long generated = generate(tree, LIST_ROWS);
        try (Connection connection = dataSource.getConnection(); var analyse = connection.createStatement()) {
            analyse.execute("ANALYZE candidate");
        }
        long total = count("SELECT count(*) FROM candidate");
        String provincial = TestTokens.bearer("viewer", tree.province.id());
        String commune = TestTokens.bearer("viewer", tree.communeA.id());
        Supplier<byte[]> provinceFirstPage = () -> get("api/v1/candidates?limit=50", provincial);
        Supplier<byte[]> oneCell = () -> get("api/v1/candidates?limit=50&cellId=" + tree.cellA2.id(), commune);
        Supplier<byte[]> nameSearch = () -> get("api/v1/candidates?limit=50&q=nguyen%20van%20an", provincial);
        paced(provinceFirstPage, 100, WARM_UP);
        Latencies provinceList = paced(provinceFirstPage, 100, MEASURE);
        Latencies cellList = paced(oneCell, 100, MEASURE);
        Latencies search = paced(nameSearch, 20, MEASURE);
        Latencies trivialBaseline = paced(() -> trivial, 100, MEASURE);
        System.out.printf(Locale.ROOT, "BENCH rows generated=%d, candidate rows in table=%d%n", generated, total);
        report("list.p99.province.over1M", provinceList.p99(), "ms", trivialBaseline.p99(), "ms trivial p99", provinceList.p99() / trivialBaseline.p99());
        report("list.p99.cell.over1M", cellList.p99(), "ms", trivialBaseline.p99(), "ms trivial p99", cellList.p99() / trivialBaseline.p99());
        report("list.p99.namesearch.over1M", search.p99(), "ms", trivialBaseline.p99(), "ms trivial p99", search.p99() / trivialBaseline.p99());
        assertTrue(total >= LIST_ROWS, "the list was measured over " + total + " rows");
    }

    private byte[] get(String path, String token) {
        return KeepAliveConnection.request(base, "GET", "/" + path, token, null);
    }

    /** Saturates in slices until a slice's JIT compilation falls under {@link #JIT_SETTLED_SHARE} of a core (within bounds). */
    private void warmUpUntilCompiled(Supplier<byte[]> request) throws InterruptedException {
        long start = System.nanoTime();
        while (true) {
            double compilingBefore = CpuMeter.compilerSeconds();
            double rate = saturate(request, WARM_UP_SLICE);
            double compilingShare = (CpuMeter.compilerSeconds() - compilingBefore) / WARM_UP_SLICE.toSeconds();
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            System.out.printf(Locale.ROOT, "BENCH warm-up %d s: %.0f req/s, JIT compilers %.1f %% of a core%n",
                    elapsed.toSeconds(), rate, compilingShare * 100);
            if (elapsed.compareTo(SATURATION_WARM_UP_MAX) >= 0
                    || (elapsed.compareTo(SATURATION_WARM_UP_MIN) >= 0 && compilingShare < JIT_SETTLED_SHARE)) {
                return;
            }
        }
    }

    private String json(OrganisationTree tree) {
        int serial = birthSerial.incrementAndGet();
        LocalDate birth = LocalDate.of(1980, 1, 1).plusDays(serial % 9000);
        Gender gender = serial % 2 == 0 ? Gender.MALE : Gender.FEMALE;
        String citizenId = People.citizenId(birth, gender);
        return """
                {"person":{"fullName":"Nguyễn Thị Minh Anh","birthDate":"%s","gender":"%s","ethnicGroup":"KINH","religion":"NONE",
                "citizenId":"%s","generalEducation":"UPPER_SECONDARY","professionalLevel":"UNIVERSITY","politicalTheoryLevel":"NONE",
                "occupation":"STUDENT","residentialAreaId":null,"workplace":"Trường Đại học Bách khoa","youthUnionMember":true,
                "tradeUnionMember":false},"nomination":{"source":"YOUTH_UNION","organisationName":"Đoàn phường Dịch Vọng",
                "nominatedOn":"2025-09-02","cellId":"%s"}}""".formatted(birth, gender, citizenId, tree.cellA1.id());
    }

    /** Requests completed per second by {@link #CLIENTS} clients sending back to back. */
    private double saturate(Supplier<byte[]> request, Duration duration) throws InterruptedException {
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        List<Future<?>> clients = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < CLIENTS; i++) {
            clients.add(generator.submit(() -> {
                while (System.nanoTime() < end) {
                    try {
                        int status = connection.get().send(request.get());
                        (status < 300 ? ok : failed).incrementAndGet();
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                }
            }));
        }
        awaitAll(clients);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (failed.get() > 0) {
            System.out.printf(Locale.ROOT, "BENCH warning: %d failed requests during saturation%n", failed.get());
        }
        return ok.get() / seconds;
    }

    /** The same rows (candidate + history + outbox) inserted by JDBC with as many clients, one transaction each. */
    private double rawInserts(OrganisationTree tree, Duration duration) throws InterruptedException {
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        long start = System.nanoTime();
        for (int i = 0; i < CLIENTS; i++) {
            clients.submit(() -> {
                try (Connection connection = dataSource.getConnection()) {
                    connection.setAutoCommit(false);
                    while (System.nanoTime() < end) {
                        insertRawRow(connection, tree);
                        connection.commit();
                        done.incrementAndGet();
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        clients.shutdown();
        clients.awaitTermination(duration.toSeconds() + 60, TimeUnit.SECONDS);
        return done.get() / ((System.nanoTime() - start) / 1e9);
    }

    private void insertRawRow(Connection connection, OrganisationTree tree) throws SQLException {
        UUID id = UUID.randomUUID();
        int serial = birthSerial.incrementAndGet();
        LocalDate birth = LocalDate.of(1980, 1, 1).plusDays(serial % 9000);
        try (PreparedStatement candidate = connection.prepareStatement("""
                INSERT INTO candidate (id, full_name, name_search, citizen_id, birth_date, gender, ethnic_group, religion,
                  general_education, professional_level, political_theory_level, occupation, workplace, youth_union_member,
                  trade_union_member, source, source_organisation_name, nominated_on, cell_id, organisation_path, rule_set,
                  status, version, created_at, created_by)
                VALUES (?, 'Nguyễn Thị Minh Anh', 'nguyen thi minh anh', ?, ?, 'FEMALE', 'KINH', 'NONE', 'UPPER_SECONDARY',
                  'UNIVERSITY', 'NONE', 'STUDENT', 'Trường Đại học Bách khoa', true, false, 'YOUTH_UNION',
                  'Đoàn phường Dịch Vọng', DATE '2025-09-02', ?, ?, '294-QD-TW-2025', 'NOMINATED', 0, now(), 'bench')""");
             PreparedStatement history = connection.prepareStatement("""
                INSERT INTO candidate_history (candidate_id, kind, occurred_on, recorded_at, actor, detail)
                VALUES (?, 'NOMINATED', DATE '2025-09-02', now(), 'bench', 'source YOUTH_UNION')""");
             PreparedStatement outbox = connection.prepareStatement("""
                INSERT INTO outbox_event (id, type, subject, occurred_at, data) VALUES (?, 'bench.RawInsert', ?, now(), '{}')""")) {
            candidate.setObject(1, id);
            candidate.setString(2, People.citizenId(birth, Gender.FEMALE));
            candidate.setObject(3, birth);
            candidate.setObject(4, tree.cellA1.id());
            candidate.setString(5, tree.cellA1.path());
            candidate.executeUpdate();
            history.setObject(1, id);
            history.executeUpdate();
            outbox.setObject(1, UUID.randomUUID());
            outbox.setString(2, id.toString());
            outbox.executeUpdate();
        }
    }

    /** Rows spread over {@link #CELLS} cells of the province (one of them cellA2, which gets 1 in CELLS), by SQL. */
    private long generate(OrganisationTree tree, int rows) throws SQLException {
        try (Connection connection = dataSource.getConnection(); var statement = connection.prepareStatement("""
                INSERT INTO candidate (id, full_name, name_search, citizen_id, birth_date, gender, ethnic_group, religion,
                  general_education, professional_level, political_theory_level, occupation, youth_union_member,
                  trade_union_member, source, source_organisation_name, nominated_on, cell_id, organisation_path, rule_set,
                  status, version, created_at, created_by)
                SELECT gen_random_uuid(), n.full_name, n.search, lpad(i::text, 12, '0'), DATE '1990-01-01' + (i % 9000),
                  CASE WHEN i % 2 = 0 THEN 'MALE' ELSE 'FEMALE' END, 'KINH', 'NONE', 'UPPER_SECONDARY', 'UNIVERSITY', 'NONE',
                  'STUDENT', true, false, 'YOUTH_UNION', 'Đoàn', DATE '2025-09-02',
                  CASE WHEN i % ? = 0 THEN ?::uuid ELSE md5('cell' || (i % ?))::uuid END,
                  CASE WHEN i % ? = 0 THEN ? ELSE ? || md5('cell' || (i % ?))::uuid || '/' END,
                  '294-QD-TW-2025', (ARRAY['NOMINATED','LISTED','IN_TRAINING','REMOVED'])[1 + i % 4], 0, now(), 'bench'
                FROM generate_series(1, ?) AS i
                CROSS JOIN LATERAL (SELECT 1 + i % 8 AS f, 1 + (i / 8) % 6 AS m, 1 + (i / 48) % 12 AS g) AS pick
                CROSS JOIN LATERAL (SELECT
                    (ARRAY['Nguyễn','Trần','Lê','Phạm','Hoàng','Đặng','Bùi','Đỗ'])[pick.f] || ' '
                    || (ARRAY['Văn','Thị','Minh','Đức','Ngọc','Thu'])[pick.m] || ' '
                    || (ARRAY['An','Bình','Cường','Dung','Hà','Hùng','Lan','Mai','Nam','Oanh','Phúc','Quân'])[pick.g] AS full_name,
                    (ARRAY['nguyen','tran','le','pham','hoang','dang','bui','do'])[pick.f] || ' '
                    || (ARRAY['van','thi','minh','duc','ngoc','thu'])[pick.m] || ' '
                    || (ARRAY['an','binh','cuong','dung','ha','hung','lan','mai','nam','oanh','phuc','quan'])[pick.g] AS search) AS n
                """)) {
            statement.setInt(1, CELLS);
            statement.setObject(2, tree.cellA2.id());
            statement.setInt(3, CELLS);
            statement.setInt(4, CELLS);
            statement.setString(5, tree.cellA2.path());
            statement.setString(6, tree.communeB.path());
            statement.setInt(7, CELLS);
            statement.setInt(8, rows);
            return statement.executeUpdate();
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); var statement = connection.createStatement();
             var result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    /** Latencies of requests sent at a fixed rate, measured from the scheduled time (no coordinated omission). */
    private Latencies paced(Supplier<byte[]> request, int perSecond, Duration duration) throws InterruptedException {
        List<Double> millis = Collections.synchronizedList(new ArrayList<>());
        AtomicLong failed = new AtomicLong();
        List<Future<?>> sent = new ArrayList<>();
        long intervalNanos = 1_000_000_000L / perSecond;
        long total = duration.toSeconds() * perSecond;
        long start = System.nanoTime();
        for (long i = 0; i < total; i++) {
            long scheduled = start + i * intervalNanos;
            long wait = scheduled - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            sent.add(generator.submit(() -> {
                try {
                    int status = connection.get().send(request.get());
                    if (status >= 300) {
                        failed.incrementAndGet();
                    }
                } catch (Exception e) {
                    failed.incrementAndGet();
                }
                millis.add((System.nanoTime() - scheduled) / 1e6);
            }));
        }
        awaitAll(sent);
        if (failed.get() > 0) {
            System.out.printf(Locale.ROOT, "BENCH warning: %d failed requests at %d/s%n", failed.get(), perSecond);
        }
        return new Latencies(millis);
    }

    private static void awaitAll(List<Future<?>> tasks) throws InterruptedException {
        for (Future<?> task : tasks) {
            try {
                task.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("a load generator task failed", e.getCause());
            }
        }
    }

    private record Latencies(List<Double> millis) {
        double p99() {
            return percentile(0.99);
        }

        double p50() {
            return percentile(0.50);
        }

        private double percentile(double p) {
            List<Double> sorted = new ArrayList<>(millis);
            Collections.sort(sorted);
            return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1));
        }
    }

    private static void report(String name, double value, String unit, double baseline, String baselineUnit, double ratio) {
        System.out.printf(Locale.ROOT, "BENCH %s = %.1f %s; baseline %.1f %s; ratio %.2f%n", name, value, unit, baseline, baselineUnit, ratio);
    }
}
