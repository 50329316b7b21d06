package vn.partydev.candidate;

import io.agroal.api.AgroalDataSource;
import vn.partydev.local.PartyDevTestInfrastructure;
import vn.partydev.platform.codes.OrganisationKind;
import vn.partydev.platform.events.EventInjector;
import vn.partydev.platform.codes.ResidentialAreaKind;
import vn.partydev.platform.events.admission.OrganisationRegistered;
import vn.partydev.platform.events.admission.ResidentialAreaRegistered;
import vn.partydev.platform.scope.OrganisationRef;

import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * A fresh part of the organisation tree for one test class, announced on the real broker as admission-service
 * would (OrganisationRegistered), and waited for until the service's replica knows it:
 * province → commune A → grassroots committee A → cells A1, A2; commune A → grassroots cell A3;
 * province → commune B → grassroots cell B1.
 */
public final class OrganisationTree {

    public static final String ADMISSION_TOPIC = "partydev.admission.v1";
    public static final String ADMISSION_SOURCE = "/partydev/admission-service";

    public final Node province;
    public final Node communeA;
    public final Node committeeA;
    public final Node cellA1;
    public final Node cellA2;
    public final Node grassrootsCellA3;
    /** A cell directly under the commune committee, which is then its grassroots organisation. */
    public final Node cellUnderCommuneA;
    public final Node communeB;
    public final Node grassrootsCellB1;

    /** One organisation as the tests use it. */
    public record Node(UUID id, String path, OrganisationKind kind) {
    }

    private OrganisationTree(AgroalDataSource dataSource) {
        List<OrganisationRegistered> events = new ArrayList<>();
        Node root = new Node(OrganisationRef.NATIONAL_ROOT_ID, "/" + OrganisationRef.NATIONAL_ROOT_ID + "/", OrganisationKind.CENTRAL);
        province = child(root, OrganisationKind.PROVINCIAL, "Thành ủy Hà Nội", events);
        communeA = child(province, OrganisationKind.COMMUNE, "Đảng bộ phường Dịch Vọng", events);
        committeeA = child(communeA, OrganisationKind.GRASSROOTS_COMMITTEE, "Đảng bộ Trường Đại học Bách khoa", events);
        cellA1 = child(committeeA, OrganisationKind.CELL, "Chi bộ Khoa Công nghệ thông tin", events);
        cellA2 = child(committeeA, OrganisationKind.CELL, "Chi bộ Khoa Điện", events);
        grassrootsCellA3 = child(communeA, OrganisationKind.GRASSROOTS_CELL, "Chi bộ Tổ dân phố số 5", events);
        cellUnderCommuneA = child(communeA, OrganisationKind.CELL, "Chi bộ Trường Tiểu học Dịch Vọng", events);
        communeB = child(province, OrganisationKind.COMMUNE, "Đảng bộ xã Đông Anh", events);
        grassrootsCellB1 = child(communeB, OrganisationKind.GRASSROOTS_CELL, "Chi bộ thôn Đoài", events);
        try (EventInjector admission = EventInjector.connect(PartyDevTestInfrastructure.kafkaBootstrapServers(), ADMISSION_SOURCE)) {
            events.forEach(event -> admission.send(ADMISSION_TOPIC, event));
            admission.send(ADMISSION_TOPIC, new ResidentialAreaRegistered(People.RESIDENTIAL_AREA, communeA.id(),
                    ResidentialAreaKind.TO_DAN_PHO, "Tổ dân phố số 5", false, null, 640));
        }
        List<UUID> ids = events.stream().map(OrganisationRegistered::organisationId).toList();
        await().atMost(Duration.ofSeconds(60)).until(() -> known(dataSource, ids) == ids.size()
                && areaKnown(dataSource, People.RESIDENTIAL_AREA, communeA.id()));
    }

    /** Announces a new tree and waits until the replica has it. */
    public static OrganisationTree announce(AgroalDataSource dataSource) {
        return new OrganisationTree(dataSource);
    }

    private static Node child(Node parent, OrganisationKind kind, String name, List<OrganisationRegistered> events) {
        UUID id = UUID.randomUUID();
        String path = parent.path() + id + "/";
        events.add(new OrganisationRegistered(id, parent.id(), kind, kind.name() + "-" + id.toString().substring(0, 8), name,
                path, kind == OrganisationKind.COMMUNE || kind == OrganisationKind.GRASSROOTS_COMMITTEE, null,
                LocalDate.of(2025, 7, 1)));
        return new Node(id, path, kind);
    }

    private static boolean areaKnown(AgroalDataSource dataSource, UUID area, UUID communeId) throws SQLException {
        try (var connection = dataSource.getConnection();
             var query = connection.prepareStatement("SELECT count(*) FROM residential_area_replica WHERE id = ? AND commune_id = ?")) {
            query.setObject(1, area);
            query.setObject(2, communeId);
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1) == 1;
            }
        }
    }

    private static int known(AgroalDataSource dataSource, List<UUID> ids) throws SQLException {
        try (var connection = dataSource.getConnection();
             var query = connection.prepareStatement("SELECT count(*) FROM organisation_replica WHERE id = ANY (?)")) {
            query.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
