package vn.partydev.platform.inbox;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.partydev.local.PartyDevTestInfrastructure;
import vn.partydev.platform.codes.OrganisationKind;
import vn.partydev.platform.calendar.WorkingCalendarReplicaChanged;
import vn.partydev.platform.events.EventInjector;
import vn.partydev.platform.events.admission.OrganisationRegistered;
import vn.partydev.platform.events.admission.OrganisationRetired;
import vn.partydev.platform.events.admission.OrganisationUpdated;
import vn.partydev.platform.events.admission.WorkingCalendarChanged;
import vn.partydev.platform.scope.OrganisationDirectory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class PlatformSubscribersTest {

    private static final String ADMISSION = "partydev.admission.v1";
    private static final UUID ROOT = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static EventInjector admissionService;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    OrganisationDirectory directory;

    @Inject
    CalendarChanges calendarChanges;

    @BeforeAll
    static void connect() {
        admissionService = EventInjector.connect(PartyDevTestInfrastructure.kafkaBootstrapServers(), "/partydev/admission-service");
    }

    @AfterAll
    static void disconnect() {
        admissionService.close();
    }

    @Test
    void organisationEventsKeepTheReplica() throws SQLException {
        UUID cell = UUID.randomUUID();
        UUID successor = UUID.randomUUID();
        String path = "/" + ROOT + "/" + cell + "/";
        admissionService.send(ADMISSION, new OrganisationRegistered(cell, ROOT, OrganisationKind.CELL, "CB-01", "Chi bộ 1",
                path, false, 40, LocalDate.of(2020, 1, 1)));
        admissionService.send(ADMISSION, new OrganisationUpdated(cell, ROOT, OrganisationKind.GRASSROOTS_CELL, "CB-01",
                "Chi bộ cơ sở 1", path, true, 45));
        UUID lastId = admissionService.send(ADMISSION, new OrganisationRetired(cell, LocalDate.of(2026, 1, 1), successor));

        await().atMost(Duration.ofSeconds(30)).until(() -> processed("platform-organisation-replica", lastId));
        Map<String, Object> row = organisation(cell);
        assertEquals(ROOT, row.get("parent_id"));
        assertEquals("GRASSROOTS_CELL", row.get("kind"));
        assertEquals("Chi bộ cơ sở 1", row.get("name"));
        assertEquals(path, row.get("path"));
        assertEquals(true, row.get("may_decide_admission"));
        assertEquals(45, row.get("population"));
        assertEquals(true, row.get("retired"));
        assertEquals(successor, row.get("successor_id"));
    }

    /** The directory keeps what it read for 10 s; a change applied here must be seen at once all the same. */
    @Test
    void theDirectoryForgetsWhatItReadWhenTheReplicaChanges() {
        UUID cell = UUID.randomUUID();
        String path = "/" + ROOT + "/" + cell + "/";
        UUID registered = admissionService.send(ADMISSION, new OrganisationRegistered(cell, ROOT, OrganisationKind.CELL,
                "CB-03", "Chi bộ 3", path, false, 30, LocalDate.of(2020, 1, 1)));
        await().atMost(Duration.ofSeconds(30)).until(() -> processed("platform-organisation-replica", registered));
        assertFalse(directory.find(cell).orElseThrow().retired());
        assertEquals("Chi bộ 3", directory.find(cell).orElseThrow().name(), "read again, from the cache");

        admissionService.send(ADMISSION, new OrganisationUpdated(cell, ROOT, OrganisationKind.CELL, "CB-03",
                "Chi bộ số 3", path, false, 30));
        admissionService.send(ADMISSION, new OrganisationRetired(cell, LocalDate.of(2026, 1, 1), null));
        await().atMost(Duration.ofSeconds(5)).until(() -> directory.find(cell).orElseThrow().retired());
        assertEquals("Chi bộ số 3", directory.find(cell).orElseThrow().name());
    }

    @Test
    void anUpdateArrivingBeforeTheRegistrationIsApplied() throws SQLException {
        UUID cell = UUID.randomUUID();
        UUID updatedId = admissionService.send(ADMISSION, new OrganisationUpdated(cell, ROOT, OrganisationKind.CELL,
                "CB-02", "Chi bộ 2", "/" + ROOT + "/" + cell + "/", false, null));

        await().atMost(Duration.ofSeconds(30)).until(() -> processed("platform-organisation-replica", updatedId));
        Map<String, Object> row = organisation(cell);
        assertEquals("CB-02", row.get("code"));
        assertEquals(false, row.get("retired"));
    }

    @Test
    void workingCalendarChangeReplacesTheYear() throws SQLException {
        admissionService.send(ADMISSION, new WorkingCalendarChanged(2031,
                List.of(LocalDate.of(2031, 1, 1), LocalDate.of(2031, 9, 2), LocalDate.of(2031, 9, 3)),
                List.of(LocalDate.of(2031, 8, 30))));
        UUID replacement = admissionService.send(ADMISSION, new WorkingCalendarChanged(2031,
                List.of(LocalDate.of(2031, 1, 1), LocalDate.of(2031, 9, 2), LocalDate.of(2031, 9, 1)),
                List.of()));

        await().atMost(Duration.ofSeconds(30)).until(() -> processed("platform-working-calendar", replacement));
        Map<LocalDate, Boolean> year = calendar(2031);
        assertEquals(Map.of(LocalDate.of(2031, 1, 1), false, LocalDate.of(2031, 9, 1), false,
                LocalDate.of(2031, 9, 2), false), year, "the second change replaced the first completely");
        assertFalse(year.containsKey(LocalDate.of(2031, 8, 30)));
        assertTrue(calendar(2030).isEmpty(), "other years untouched");
        await().atMost(Duration.ofSeconds(10)).until(() -> calendarChanges.years().contains(2031));
    }

    /** The years of the {@link WorkingCalendarReplicaChanged} events fired in this JVM. */
    @ApplicationScoped
    static class CalendarChanges {
        private final List<Integer> years = new CopyOnWriteArrayList<>();

        void heard(@ObservesAsync WorkingCalendarReplicaChanged change) {
            years.add(change.year());
        }

        List<Integer> years() {
            return years;
        }
    }

    private boolean processed(String consumer, UUID eventId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT 1 FROM processed_event WHERE consumer = ? AND event_id = ?")) {
            select.setString(1, consumer);
            select.setObject(2, eventId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    private Map<String, Object> organisation(UUID id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT * FROM organisation_replica WHERE id = ?")) {
            select.setObject(1, id);
            try (ResultSet rows = select.executeQuery()) {
                assertTrue(rows.next(), "replica row of " + id);
                Map<String, Object> row = new TreeMap<>();
                for (int column = 1; column <= rows.getMetaData().getColumnCount(); column++) {
                    Object value = rows.getObject(column);
                    if (value != null) {
                        row.put(rows.getMetaData().getColumnName(column), value);
                    }
                }
                return row;
            }
        }
    }

    private Map<LocalDate, Boolean> calendar(int year) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT day, working FROM working_calendar_day WHERE EXTRACT(YEAR FROM day) = ?")) {
            select.setInt(1, year);
            try (ResultSet rows = select.executeQuery()) {
                Map<LocalDate, Boolean> days = new TreeMap<>();
                while (rows.next()) {
                    days.put(rows.getObject(1, LocalDate.class), rows.getBoolean(2));
                }
                return days;
            }
        }
    }
}
