package vn.partydev.training;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static vn.partydev.training.TrainingWorld.as;
import static vn.partydev.training.TrainingWorld.attend;
import static vn.partydev.training.TrainingWorld.complete;
import static vn.partydev.training.TrainingWorld.enrol;
import static vn.partydev.training.TrainingWorld.scheduleClass;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.partydev.platform.codes.TrainingKind;

@QuarkusTest
class CertificateResourceTest {

    @Inject
    AgroalDataSource dataSource;

    private TrainingWorld world;
    private TrainingWorld.Province here;

    @BeforeEach
    void arrange() {
        world = new TrainingWorld(dataSource);
        here = world.newProvince();
    }

    /** A person certified by a one-session class of the province's centre completed on {@code issuedOn}. */
    private record Issued(UUID personId, String number) {
    }

    private Issued certify(TrainingWorld.Province province, LocalDate issuedOn) {
        UUID classId = scheduleClass(province.centre(), TrainingKind.AWARENESS, issuedOn, issuedOn, 5, 1, false);
        UUID person = world.listedCandidate(province.cell());
        enrol(province.centre(), classId, person).then().statusCode(201);
        attend(province.centre(), classId, 1, 1, List.of(person));
        String number = complete(province.centre(), classId, issuedOn).then().statusCode(200).extract().path("certified[0].number");
        return new Issued(person, number);
    }

    @Test
    void aPaperCertificateIsVerifiedByItsNumber() {
        Issued issued = certify(here, LocalDate.of(2026, 2, 28));
        as("viewer", here.province()).get("/api/v1/certificates/" + issued.number())
                .then().statusCode(200)
                .body("number", equalTo(issued.number()))
                .body("personId", equalTo(issued.personId().toString()))
                .body("issuerId", equalTo(here.centre().toString()))
                .body("kind", equalTo("AWARENESS"))
                .body("issuedOn", equalTo("2026-02-28"))
                .body("validUntil", equalTo("2031-02-28"))
                .body("status", equalTo("VALID"));
        as("viewer", here.province()).get("/api/v1/certificates/" + here.centreCode() + "/2026/999999").then().statusCode(404);
    }

    @Test
    void theHoldersCellSeesTheCertificateAndAnotherProvinceDoesNot() {
        Issued issued = certify(here, LocalDate.of(2026, 2, 28));
        TrainingWorld.Province elsewhere = world.newProvince();
        as("cell", here.cell()).get("/api/v1/certificates/" + issued.number()).then().statusCode(200);
        as("viewer", elsewhere.province()).get("/api/v1/certificates/" + issued.number()).then().statusCode(404);
        as("viewer", elsewhere.province()).queryParam("personId", issued.personId()).get("/api/v1/certificates")
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void aPersonsCertificatesAreListed() {
        Issued issued = certify(here, LocalDate.of(2026, 2, 28));
        as("cell", here.cell()).queryParam("personId", issued.personId()).get("/api/v1/certificates")
                .then().statusCode(200).body("items.number", contains(issued.number()));
    }

    @Test
    void aRevokedCertificateSaysSo() {
        Issued issued = certify(here, LocalDate.of(2026, 2, 28));
        String revocation = "/api/v1/certificates/" + issued.number() + "/revocation";
        as("viewer", here.province()).body(Map.of("revokedOn", "2026-06-01", "reason", "Cấp nhầm người")).post(revocation)
                .then().statusCode(403);
        as("organiser", here.province()).body(Map.of("revokedOn", "2026-06-01", "reason", "Cấp nhầm người")).post(revocation)
                .then().statusCode(200).body("status", equalTo("REVOKED")).body("revokedOn", equalTo("2026-06-01"));
        as("organiser", here.province()).body(Map.of("revokedOn", "2026-06-02", "reason", "again")).post(revocation)
                .then().statusCode(409).body("code", equalTo("ALREADY_REVOKED"));
        as("viewer", here.province()).get("/api/v1/certificates/" + issued.number())
                .then().statusCode(200).body("status", equalTo("REVOKED")).body("revocationReason", equalTo("Cấp nhầm người"));
    }

    @Test
    void aRevocationNeedsAReason() {
        Issued issued = certify(here, LocalDate.of(2026, 2, 28));
        as("organiser", here.province()).body(Map.of("revokedOn", "2026-06-01"))
                .post("/api/v1/certificates/" + issued.number() + "/revocation")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void certificatesExpiringWithinThePeriodAreListedSoonestFirst() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        Issued soon = certify(here, today.minusMonths(60).plusDays(30));
        Issued sooner = certify(here, today.minusMonths(60).plusDays(10));
        Issued later = certify(here, today.minusMonths(60).plusDays(120));
        Issued lapsed = certify(here, today.minusMonths(60).minusDays(5));
        Issued revoked = certify(here, today.minusMonths(60).plusDays(20));
        as("organiser", here.province()).body(Map.of("reason", "Cấp nhầm người"))
                .post("/api/v1/certificates/" + revoked.number() + "/revocation").then().statusCode(200);
        TrainingWorld.Province elsewhere = world.newProvince();
        Issued theirs = certify(elsewhere, today.minusMonths(60).plusDays(15));

        as("cell", here.cell()).queryParam("expiringWithin", "P90D").get("/api/v1/certificates")
                .then().statusCode(200)
                .body("items.number", contains(sooner.number(), soon.number()))
                .body("items.number", not(hasItem(theirs.number())))
                .body("items.number", not(hasItem(later.number())))
                .body("items.number", not(hasItem(lapsed.number())));
    }

    @Test
    void aListNeedsExactlyOneFilterAndAValidPeriod() {
        as("viewer", here.province()).get("/api/v1/certificates").then().statusCode(400).body("code", equalTo("FILTER_REQUIRED"));
        as("viewer", here.province()).queryParam("expiringWithin", "ninety days").get("/api/v1/certificates")
                .then().statusCode(400).body("code", equalTo("INVALID_PERIOD"));
    }
}
