package vn.partydev.platform.outbox;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import vn.partydev.platform.events.DomainEvent;
import vn.partydev.platform.events.EventJson;
import vn.partydev.platform.events.EventTypes;
import vn.partydev.platform.events.Traceparent;
import vn.partydev.platform.inbox.AfterCommit;
import vn.partydev.platform.scope.OrganisationDirectory;
import vn.partydev.platform.scope.OrganisationRef;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Records an event in the service's {@code outbox_event} table, inside the caller's transaction: the event
 * commits with the state change it describes, or not at all. The relay publishes it after the commit.
 * <p>
 * Once per transaction it arranges the relay's wake-up: when this process's relay is the active one, in-process after
 * the commit; otherwise (another replica's relay is active) by {@code NOTIFY outbox_event} in the transaction. A
 * notifying transaction takes a cluster-wide lock at commit, held through its WAL flush, which would serialise the
 * commits of every service of the cluster; the relay's slow poll remains the safety net (for a relay that changed
 * between the write and the commit).
 * <p>
 * With each event it stores the paths of the organisations the event concerns ({@link DomainEvent#organisations()},
 * resolved by the {@link OrganisationDirectory}, plus the paths a publisher passes for events that name no
 * organisation): the HTTP feed answers a caller only the events of its subtree. An organisation the directory does
 * not know adds no path; an event with no path at all is read by the national feed only.
 */
@ApplicationScoped
public class Outbox {

    private static final String INSERT = """
            INSERT INTO outbox_event (id, type, subject, occurred_at, data, traceparent, organisation_paths)
            VALUES (?, ?, ?, ?, ?, ?, ?)""";

    // the paths of each event travel as one text (paths never contain a space): unnest cannot take an array of arrays
    private static final String INSERT_ALL = """
            INSERT INTO outbox_event (id, type, subject, occurred_at, data, traceparent, organisation_paths)
            SELECT e.id, e.type, e.subject, ?, e.data, ?, string_to_array(e.paths, ' ')
            FROM unnest(?::uuid[], ?::varchar[], ?::varchar[], ?::text[], ?::text[]) AS e(id, type, subject, data, paths)""";

    /** Marks, in the transaction's resources, that its relay wake-up is arranged. */
    private static final Object WAKE_UP = Outbox.class.getName() + ".wakeUp";

    private final AgroalDataSource dataSource;
    private final OrganisationDirectory directory;
    private final OutboxRelayRunner relay;
    private final TransactionSynchronizationRegistry transactions;
    private final AfterCommit afterCommit;

    public Outbox(AgroalDataSource dataSource, OrganisationDirectory directory, OutboxRelayRunner relay,
                  TransactionSynchronizationRegistry transactions, AfterCommit afterCommit) {
        this.dataSource = dataSource;
        this.directory = directory;
        this.relay = relay;
        this.transactions = transactions;
        this.afterCommit = afterCommit;
    }

    /** Must be called inside a {@code @Transactional} method; fails when there is no transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(DomainEvent event) {
        publish(event, List.of());
    }

    /**
     * As {@link #publish(DomainEvent)}, for an event that names no organisation of its own: {@code organisationPaths}
     * are the paths of the organisations it concerns that the publisher knows (the candidate's cell of a helper
     * assignment, the organiser of the class of an enrolment).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(DomainEvent event, List<String> organisationPaths) {
        String data = EventJson.write(event);
        String[] paths = pathsOf(event, organisationPaths, new HashMap<>()).toArray(String[]::new);
        // The connection is the one enlisted in the caller's transaction (Agroal shares it with Hibernate).
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, EventTypes.typeOf(event.getClass()));
            insert.setString(3, event.subject());
            insert.setObject(4, OffsetDateTime.now(ZoneOffset.UTC));
            insert.setString(5, data);
            insert.setString(6, Traceparent.current());
            insert.setArray(7, connection.createArrayOf("text", paths));
            insert.executeUpdate();
            wakeRelay(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record " + event.getClass().getSimpleName() + " in the outbox", e);
        }
    }

    /**
     * Records many events in one statement, in list order, inside the caller's transaction: for bulk changes
     * (an import of a million members) where one INSERT per event would dominate the time.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publishAll(List<? extends DomainEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        int size = events.size();
        UUID[] ids = new UUID[size];
        String[] types = new String[size];
        String[] subjects = new String[size];
        String[] data = new String[size];
        String[] paths = new String[size];
        Map<UUID, Optional<String>> known = new HashMap<>();
        for (int i = 0; i < size; i++) {
            DomainEvent event = events.get(i);
            ids[i] = UUID.randomUUID();
            types[i] = EventTypes.typeOf(event.getClass());
            subjects[i] = event.subject();
            data[i] = EventJson.write(event);
            paths[i] = String.join(" ", pathsOf(event, List.of(), known));
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(INSERT_ALL)) {
            insert.setObject(1, OffsetDateTime.now(ZoneOffset.UTC));
            insert.setString(2, Traceparent.current());
            insert.setArray(3, connection.createArrayOf("uuid", ids));
            insert.setArray(4, connection.createArrayOf("varchar", types));
            insert.setArray(5, connection.createArrayOf("varchar", subjects));
            insert.setArray(6, connection.createArrayOf("text", data));
            insert.setArray(7, connection.createArrayOf("text", paths));
            insert.executeUpdate();
            wakeRelay(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record " + size + " events in the outbox", e);
        }
    }

    private void wakeRelay(Connection connection) throws SQLException {
        if (transactions.getResource(WAKE_UP) != null) {
            return;
        }
        transactions.putResource(WAKE_UP, Boolean.TRUE);
        if (relay.isActive()) {
            afterCommit.run(relay::wake);
        } else {
            try (Statement notify = connection.createStatement()) {
                notify.execute("NOTIFY outbox_event");
            }
        }
    }

    /** The paths of the organisations the event concerns; {@code known} keeps the lookups of one call. */
    private Set<String> pathsOf(DomainEvent event, List<String> given, Map<UUID, Optional<String>> known) {
        Set<String> paths = new LinkedHashSet<>(given);
        for (UUID organisation : event.organisations()) {
            known.computeIfAbsent(organisation, id -> directory.find(id).map(OrganisationRef::path)).ifPresent(paths::add);
        }
        return paths;
    }
}
