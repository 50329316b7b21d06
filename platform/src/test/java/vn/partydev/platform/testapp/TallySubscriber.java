package vn.partydev.platform.testapp;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import vn.partydev.platform.events.Traceparent;
import vn.partydev.platform.events.candidate.HelperAssigned;
import vn.partydev.platform.inbox.EventRoutes;
import vn.partydev.platform.inbox.EventSubscriber;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Counts the HelperAssigned events applied per candidate (test_tally), so a duplicate shows as a count of 2.
 * A helper id of {@link #POISON} makes the handler fail; one of {@link #GATE} holds the consumer until the gate opens.
 * Also notes when each event was applied, for the benchmark, and in which database transaction.
 */
@ApplicationScoped
public class TallySubscriber implements EventSubscriber {

    public static final UUID POISON = UUID.fromString("00000000-0000-0000-0000-00000000dead");
    public static final UUID GATE = UUID.fromString("00000000-0000-0000-0000-00000000beef");

    private static final String COUNT = """
            INSERT INTO test_tally (candidate_id, applied) VALUES (?, 1)
            ON CONFLICT (candidate_id) DO UPDATE SET applied = test_tally.applied + 1""";

    /** candidate id → System.nanoTime() when its event was applied (read by the benchmark). */
    private final Map<UUID, Long> appliedAt = new ConcurrentHashMap<>();

    /** candidate id → the trace context current while its event was applied. */
    private final Map<UUID, String> traceparents = new ConcurrentHashMap<>();

    /** event id → the database transaction (txid) its effect was written in. */
    private final Map<UUID, Long> transactions = new ConcurrentHashMap<>();

    private volatile CountDownLatch gate = new CountDownLatch(0);
    private volatile boolean gateReached;

    private final AgroalDataSource dataSource;

    public TallySubscriber(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Map<UUID, Long> appliedAt() {
        return appliedAt;
    }

    public Map<UUID, String> traceparents() {
        return traceparents;
    }

    public Map<UUID, Long> transactions() {
        return transactions;
    }

    /** From now on, an event with the helper {@link #GATE} holds the consumer until {@link #openGate()}. */
    public void closeGate() {
        gateReached = false;
        gate = new CountDownLatch(1);
    }

    /** Whether the consumer waits at the gate (or went through it) since it was closed. */
    public boolean gateReached() {
        return gateReached;
    }

    public void openGate() {
        gate.countDown();
    }

    /** How many of the candidate's HelperAssigned events were applied (its test_tally row). */
    public int applied(UUID candidateId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT applied FROM test_tally WHERE candidate_id = ?")) {
            select.setObject(1, candidateId);
            try (java.sql.ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getInt(1) : 0;
            }
        }
    }

    @Override
    public String name() {
        return "test-tally";
    }

    @Override
    public void subscribe(EventRoutes routes) {
        routes.on(HelperAssigned.class, (event, meta) -> {
            if (POISON.equals(event.helperMemberId())) {
                throw new IllegalStateException("this helper cannot be applied");
            }
            if (GATE.equals(event.helperMemberId())) {
                awaitGate();
            }
            try (Connection connection = dataSource.getConnection(); PreparedStatement count = connection.prepareStatement(COUNT);
                 PreparedStatement transaction = connection.prepareStatement("SELECT txid_current()")) {
                count.setObject(1, event.candidateId());
                count.executeUpdate();
                try (java.sql.ResultSet txid = transaction.executeQuery()) {
                    txid.next();
                    transactions.put(meta.id(), txid.getLong(1));
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            appliedAt.putIfAbsent(event.candidateId(), System.nanoTime());
            traceparents.putIfAbsent(event.candidateId(), Traceparent.current());
        });
    }

    private void awaitGate() {
        gateReached = true;
        try {
            if (!gate.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the gate stayed closed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
