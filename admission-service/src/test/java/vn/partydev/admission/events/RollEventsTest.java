package vn.partydev.admission.events;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import vn.partydev.admission.Fixtures;
import vn.partydev.local.PartyDevTestInfrastructure;
import vn.partydev.platform.events.CloudEventCodec;
import vn.partydev.platform.events.DecodedEvent;
import vn.partydev.platform.events.admission.MemberLeft;
import vn.partydev.platform.events.admission.MemberRegistered;
import vn.partydev.platform.events.admission.MemberTransferred;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static vn.partydev.admission.Fixtures.admin;

/** The roll's events reach the real broker once per change, as CloudEvents, with codes and no personal data. */
@QuarkusTest
class RollEventsTest {

    @Test
    void eachChangeIsPublishedOnceWithoutPersonalData() {
        UUID[] tree = Fixtures.provinceCommuneCell();
        UUID otherCell = Fixtures.organisation(tree[1], "CELL", "Chi bộ thôn Nam");
        Map<String, Object> body = Fixtures.member(tree[2], "OFFICIAL", LocalDate.of(2010, 1, 1), LocalDate.of(2011, 1, 1));
        String citizenId = (String) body.get("citizenId");
        UUID member = UUID.fromString(given().header("Authorization", admin()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/members").then().statusCode(201).extract().path("id"));
        given().header("Authorization", admin()).contentType(ContentType.JSON)
                .body(Map.of("toCellId", otherCell, "date", "2024-06-03")).post("/api/v1/members/" + member + "/transfer").then().statusCode(200);
        given().header("Authorization", admin()).contentType(ContentType.JSON)
                .body(Map.of("reason", "RESIGNED", "date", "2025-01-06")).post("/api/v1/members/" + member + "/leave").then().statusCode(200);

        Set<String> subjects = Set.of(member.toString(), tree[0].toString(), tree[1].toString(), tree[2].toString(), otherCell.toString());
        List<DecodedEvent> events = consume(subjects, 7);

        List<String> memberTypes = events.stream().filter(e -> e.metadata().subject().equals(member.toString()))
                .map(e -> e.metadata().type()).toList();
        assertEquals(List.of("vn.partydev.admission.MemberRegistered.v1", "vn.partydev.admission.MemberTransferred.v1",
                "vn.partydev.admission.MemberLeft.v1"), memberTypes, "in order, once each");
        assertEquals(4, events.stream().filter(e -> e.metadata().type().equals("vn.partydev.admission.OrganisationRegistered.v1")).count());
        for (DecodedEvent event : events) {
            assertFalse(event.data().contains("Nguyễn") || event.data().contains("Nguyen") || event.data().contains(citizenId),
                    "no name or citizen id in " + event.metadata().type());
        }
        MemberRegistered registered = events.get(indexOf(events, member, "MemberRegistered")).data(MemberRegistered.class);
        assertEquals(tree[2], registered.cellId());
        // born 1980-05-17, entered 2010-01-01: 29 completed years on the day of entry; the date itself is never published
        assertEquals(29, registered.demographics().ageOnEventDate());
        for (DecodedEvent event : events) {
            assertFalse(event.data().contains("1980-05-17") || event.data().contains("birth"), "no date of birth in " + event.metadata().type());
        }
        MemberTransferred transferred = events.get(indexOf(events, member, "MemberTransferred")).data(MemberTransferred.class);
        assertEquals(otherCell, transferred.toCellId());
        MemberLeft left = events.get(indexOf(events, member, "MemberLeft")).data(MemberLeft.class);
        assertEquals(MemberLeft.LeaveReason.RESIGNED, left.reason());
        assertEquals(otherCell, left.cellId());
    }

    private static int indexOf(List<DecodedEvent> events, UUID subject, String name) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).metadata().subject().equals(subject.toString()) && events.get(i).metadata().type().contains("." + name + ".")) {
                return i;
            }
        }
        throw new AssertionError(name + " not received");
    }

    /** Reads the topic from the start until {@code expected} events of the subjects arrived, then 3 s more for duplicates. */
    private static List<DecodedEvent> consume(Set<String> subjects, int expected) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, PartyDevTestInfrastructure.kafkaBootstrapServers());
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "roll-events-test-" + UUID.randomUUID());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<DecodedEvent> received = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(properties, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of("partydev.admission.v1"));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            long quietUntil = Long.MAX_VALUE;
            while (System.nanoTime() < Math.min(deadline, quietUntil)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(300))) {
                    if (record.headers().lastHeader(CloudEventCodec.CE_TYPE) == null) {
                        continue; // not a CloudEvent (the infrastructure test's ping shares the topic)
                    }
                    DecodedEvent event = CloudEventCodec.decode(record);
                    if (subjects.contains(event.metadata().subject())) {
                        received.add(event);
                    }
                }
                if (received.size() >= expected && quietUntil == Long.MAX_VALUE) {
                    quietUntil = System.nanoTime() + Duration.ofSeconds(3).toNanos();
                }
            }
        }
        assertEquals(expected, received.size(), "events received: " + received.stream().map(e -> e.metadata().type()).toList());
        return received;
    }
}
