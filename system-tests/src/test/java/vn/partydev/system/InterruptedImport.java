package vn.partydev.system;

import com.fasterxml.jackson.databind.JsonNode;
import vn.partydev.local.PostgresServer;
import vn.partydev.local.RunningStack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Issue 15 item 7 on the running stack: a members import whose big INSERT is under way when admission-service is killed
 * (SIGKILL) and started again. To land the kill inside the INSERT every time, a separate connection holds the new cell's
 * row ({@code FOR UPDATE}), which the INSERT's foreign-key check waits for; the row stays held until the import has
 * ended, as if the INSERT still had far to go, so the old backend cannot end the import by finishing its statement.
 * Outcome: {@link #run} answers the figures; {@link Outcome#passed()} says whether each expectation held.
 */
final class InterruptedImport {

    private static final String ADMISSION = FaultsStack.ADMISSION;
    /** From the kill until the import must have ended FAILED (the restart included). */
    private static final Duration ENDS_WITHIN = Duration.ofSeconds(90);
    private static final Duration PATIENCE = Duration.ofMinutes(3);
    private static final Set<String> UNFINISHED = Set.of("RECEIVED", "VALIDATING", "IMPORTING");

    record Outcome(int rows, String interruptedState, String message, long endedAfterKillSeconds, int membersAfterKill,
                   int eventsAfterKill, boolean fileLeft, String againState, int againImported, int membersAgain, int eventsAgain) {

        boolean passed() {
            return interruptedState.equals("FAILED") && message.contains("Upload the file again") && membersAfterKill == 0
                    && eventsAfterKill == 0 && !fileLeft && againState.equals("COMPLETED") && againImported == rows
                    && membersAgain == rows && eventsAgain == rows;
        }

        String verdict() {
            return ("[faults] %s import killed mid-INSERT (%d rows): state after the restart=%s in %d s (%s), members written=%d,"
                    + " MemberRegistered events=%d, file left in the work directory=%s; uploaded again: %s, imported=%d, members=%d, events=%d")
                    .formatted(passed() ? "PASS" : "FAIL", rows, interruptedState, endedAfterKillSeconds,
                            message.contains("Upload the file again") ? "asks to upload again" : "message: " + message,
                            membersAfterKill, eventsAfterKill, fileLeft, againState, againImported, membersAgain, eventsAgain);
        }
    }

    private final RunningStack stack;
    private final Api organiser;
    private final Path workDirectory;

    InterruptedImport(RunningStack stack, Api organiser, Path workDirectory) {
        this.stack = stack;
        this.organiser = organiser;
        this.workDirectory = workDirectory;
    }

    Outcome run(UUID cell, String cellCode, int rows) throws Exception {
        List<String> citizens = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            citizens.add("0991%08d".formatted(i));
        }
        String csv = csv(cellCode, citizens);
        JsonNode interrupted;
        long endedAfterKill;
        String importId;
        try (Connection blocker = connect()) {
            blocker.setAutoCommit(false);
            try (PreparedStatement lock = blocker.prepareStatement("SELECT id FROM organisation WHERE id = ? FOR UPDATE")) {
                lock.setObject(1, cell);
                lock.execute();
            }
            importId = Api.read(organiser.postRaw("/api/v1/imports?kind=members", "text/csv", csv, 202)).path("id").asText();
            awaitInsertWaiting();
            Instant killed = Instant.now();
            stack.killAndRestart(ADMISSION, line -> { });
            System.out.println("[faults]   admission-service killed mid-INSERT and ready again in " + Duration.between(killed, Instant.now()).toMillis() + " ms");
            interrupted = awaitEnded(importId, killed.plus(ENDS_WITHIN));
            endedAfterKill = Duration.between(killed, Instant.now()).toSeconds();
            blocker.rollback();
        }
        int membersAfterKill = members(citizens);
        int eventsAfterKill = events(cell);
        boolean fileLeft = Files.exists(workDirectory.resolve("import-" + importId + ".csv"));

        String againId = Api.read(organiser.postRaw("/api/v1/imports?kind=members", "text/csv", csv, 202)).path("id").asText();
        JsonNode again = awaitEnded(againId, Instant.now().plus(PATIENCE));
        return new Outcome(rows, interrupted.path("state").asText(), interrupted.path("errors").path(0).path("detail").asText(),
                endedAfterKill, membersAfterKill, eventsAfterKill, fileLeft, again.path("state").asText(),
                again.path("rowsImported").asInt(), members(citizens), events(cell));
    }

    private static String csv(String cellCode, List<String> citizens) {
        StringBuilder csv = new StringBuilder("so_cccd,ho_ten,ngay_sinh,gioi_tinh,dan_toc,ton_giao,trinh_do_pho_thong,"
                + "trinh_do_chuyen_mon,nghe_nghiep,ma_chi_bo,trang_thai,ngay_vao_dang,ngay_chinh_thuc\n");
        for (String citizen : citizens) {
            csv.append(citizen).append(",Nguyễn Văn Thử,1980-01-02,Nam,01,NONE,UPPER_SECONDARY,UNIVERSITY,CIVIL_SERVANT,")
                    .append(cellCode).append(",Chính thức,2015-03-26,2016-03-26\n");
        }
        return csv.toString();
    }

    /** Waits (bounded) until the import's INSERT into member waits for the held row: the kill lands inside it. */
    private void awaitInsertWaiting() throws Exception {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (true) {
            try (Connection connection = connect();
                 ResultSet rows = connection.createStatement().executeQuery("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                         + " AND query LIKE 'WITH inserted AS ( INSERT INTO member %'")) {
                rows.next();
                if (rows.getInt(1) > 0) {
                    return;
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the import's INSERT never waited for the held cell row within " + PATIENCE.toSeconds() + " s");
            }
            Thread.sleep(200);
        }
    }

    /** Polls the import until it is no longer in progress or {@code deadline} passes; answers the last view. */
    private JsonNode awaitEnded(String importId, Instant deadline) throws InterruptedException {
        JsonNode last = Api.JSON.createObjectNode().put("state", "NEVER READ");
        while (Instant.now().isBefore(deadline)) {
            var answer = organiser.getIfOk("/api/v1/imports/" + importId);
            if (answer.isPresent()) {
                last = answer.get();
                if (!UNFINISHED.contains(last.path("state").asText())) {
                    return last;
                }
            }
            Thread.sleep(250);
        }
        return last;
    }

    /** Members on the roll with one of the file's own citizen ids. */
    private int members(List<String> citizens) throws SQLException {
        try (Connection connection = connect();
             PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM member WHERE citizen_id::text = ANY (?)")) {
            count.setArray(1, connection.createArrayOf("text", citizens.toArray()));
            return single(count);
        }
    }

    /** MemberRegistered events in admission's outbox (the feed's source) about members of the cell (new, the file's only). */
    private int events(UUID cell) throws SQLException {
        try (Connection connection = connect();
             PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM outbox_event"
                     + " WHERE type LIKE '%.MemberRegistered.%' AND data::jsonb ->> 'cellId' = ?")) {
            count.setString(1, cell.toString());
            return single(count);
        }
    }

    private static int single(PreparedStatement count) throws SQLException {
        try (ResultSet rows = count.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private Connection connect() throws SQLException {
        PostgresServer postgres = stack.postgres();
        return DriverManager.getConnection(postgres.jdbcUrl("admission"), PostgresServer.USER, PostgresServer.PASSWORD);
    }
}
