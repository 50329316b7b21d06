package vn.partydev.platform.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.Index;
import org.jboss.jandex.IndexReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every event record of every service serialises to JSON that its hand-written schema accepts. */
class EventSchemaTest {

    private static final ObjectMapper JSON = EventJson.mapper();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig STRICT = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private static List<Class<? extends DomainEvent>> events;

    @BeforeAll
    static void findEventRecords() throws IOException {
        Index index;
        try (InputStream stream = EventSchemaTest.class.getClassLoader().getResourceAsStream("META-INF/jandex.idx")) {
            index = new IndexReader(stream).read();
        }
        events = index.getAllKnownImplementors(DotName.createSimple(DomainEvent.class.getName())).stream()
                .filter(ClassInfo::isRecord)
                .map(EventSchemaTest::load)
                .sorted((a, b) -> a.getSimpleName().compareTo(b.getSimpleName()))
                .collect(Collectors.toList());
    }

    @Test
    void everyServiceHasEventRecords() {
        Set<String> services = events.stream().map(type -> EventTypes.typeOf(type).split("\\.")[2]).collect(Collectors.toSet());
        assertEquals(Set.of("candidate", "training", "admission"), services);
        assertTrue(events.size() >= 39, "found " + events.size());
    }

    @Test
    void everyRecordHasASchemaAndEverySchemaARecord() throws Exception {
        Set<String> recordNames = events.stream().map(Class::getSimpleName).collect(Collectors.toCollection(TreeSet::new));
        Set<String> schemaNames;
        try (Stream<Path> files = Files.list(schemaDirectory())) {
            schemaNames = files.map(file -> file.getFileName().toString().replace(".v1.json", ""))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(recordNames, schemaNames);
    }

    @Test
    void everySampleIsValidAgainstItsSchemaWithEveryCodeOfItsEnums() throws Exception {
        for (Class<? extends DomainEvent> type : events) {
            JsonSchema schema = schemaOf(type);
            ObjectNode sample = (ObjectNode) JSON.readTree(EventJson.write((DomainEvent) sample(type)));
            assertValid(schema, sample, type.getSimpleName());
            for (RecordComponent component : type.getRecordComponents()) {
                if (component.getType().isEnum()) {
                    for (Object code : component.getType().getEnumConstants()) {
                        ObjectNode variant = sample.deepCopy();
                        variant.set(component.getName(), TextNode.valueOf(((Enum<?>) code).name()));
                        assertValid(schema, variant, type.getSimpleName() + " with " + code);
                    }
                }
            }
        }
    }

    @Test
    void schemasRejectMissingFieldsAndWrongFormatsButAcceptAddedFields() throws Exception {
        for (Class<? extends DomainEvent> type : events) {
            JsonSchema schema = schemaOf(type);
            ObjectNode sample = (ObjectNode) JSON.readTree(EventJson.write((DomainEvent) sample(type)));
            for (Iterator<String> names = sample.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                ObjectNode missing = sample.deepCopy();
                missing.remove(name);
                assertFalse(schema.validate(missing).isEmpty(), type.getSimpleName() + " without " + name);
            }
            // evolution policy (asyncapi.yaml): v1 may gain optional fields, and readers ignore what they do not know
            ObjectNode extra = sample.deepCopy();
            extra.put("addedInALaterRelease", "2027-01-01");
            assertValid(schema, extra, type.getSimpleName() + " with a field added later");
            String firstUuid = firstFieldOf(type, UUID.class);
            if (firstUuid != null) {
                ObjectNode wrong = sample.deepCopy();
                wrong.put(firstUuid, "not-a-uuid");
                assertFalse(schema.validate(wrong).isEmpty(), type.getSimpleName() + " with a malformed " + firstUuid);
            }
        }
    }

    /**
     * No event of any type carries a full date of birth (a quasi-identifier next to the person id in a feed that leaves
     * the system): no date field of a record or a schema is about birth, and the demographics carry an age in years.
     */
    @Test
    void noEventCarriesADateOfBirth() throws Exception {
        for (Class<? extends DomainEvent> type : events) {
            List<String> dateFields = new ArrayList<>();
            dateFieldsOf(type, type.getSimpleName(), dateFields);
            for (String field : dateFields) {
                assertFalse(field.toLowerCase().matches(".*(birth|born|dob).*"), field + " is a date of birth");
            }
            ObjectNode sample = (ObjectNode) JSON.readTree(EventJson.write((DomainEvent) sample(type)));
            assertFalse(sample.toString().toLowerCase().contains("birth"), type.getSimpleName() + ": " + sample);
            JsonNode schema;
            try (InputStream stream = getClass().getClassLoader().getResourceAsStream("events/schemas/" + type.getSimpleName() + ".v1.json")) {
                schema = JSON.readTree(stream);
            }
            for (JsonNode node : schema.findParents("format")) {
                if (node.get("format").asText().startsWith("date")) {
                    assertFalse(node.toString().toLowerCase().matches(".*(birth|born).*"), type.getSimpleName() + ": " + node);
                }
            }
            assertEquals(schema.at("/properties/demographics").isMissingNode(),
                    schema.at("/$defs/Demographics/properties/ageOnEventDate").isMissingNode(),
                    type.getSimpleName() + " carries demographics with an age, not a date");
        }
    }

    private static void dateFieldsOf(Class<?> type, String path, List<String> fields) {
        for (RecordComponent component : type.getRecordComponents()) {
            String name = path + "." + component.getName();
            if (component.getType() == LocalDate.class) {
                fields.add(name);
            } else if (component.getType().isRecord()) {
                dateFieldsOf(component.getType(), name, fields);
            }
        }
    }

    @Test
    void asyncApiDescribesTheThreeTopicsAndEveryMessage() throws IOException {
        JsonNode asyncApi;
        try (InputStream stream = getClass().getClassLoader().getResourceAsStream("events/asyncapi.yaml")) {
            asyncApi = new YAMLMapper().readTree(stream);
        }
        assertEquals("3.0.0", asyncApi.get("asyncapi").asText());
        List<String> addresses = new ArrayList<>();
        asyncApi.get("channels").forEach(channel -> addresses.add(channel.get("address").asText()));
        assertEquals(List.of("partydev.candidate.v1", "partydev.training.v1", "partydev.admission.v1"), addresses);
        for (Class<? extends DomainEvent> type : events) {
            String service = EventTypes.typeOf(type).split("\\.")[2];
            JsonNode message = asyncApi.at("/components/messages/" + type.getSimpleName());
            assertEquals(EventTypes.typeOf(type), message.get("name").asText());
            assertEquals("schemas/" + type.getSimpleName() + ".v1.json", message.at("/payload/schema/$ref").asText());
            assertFalse(asyncApi.at("/channels/" + service + "/messages/" + type.getSimpleName()).isMissingNode(),
                    type.getSimpleName() + " is on the channel of " + service);
        }
        assertEquals(events.size(), asyncApi.at("/components/messages").size());
    }

    @Test
    void everyMessageHasAnExampleValidAgainstItsSchema() throws IOException {
        JsonNode asyncApi = asyncApi();
        for (Class<? extends DomainEvent> type : events) {
            JsonNode examples = asyncApi.at("/components/messages/" + type.getSimpleName() + "/examples");
            assertEquals(1, examples.size(), type.getSimpleName() + " has one example");
            assertValid(schemaOf(type), examples.get(0).get("payload"), type.getSimpleName() + "'s example");
        }
    }

    @Test
    void noSchemaForbidsFieldsAddedLater() throws Exception {
        try (var files = Files.list(schemaDirectory())) {
            for (Path file : files.toList()) {
                assertFalse(Files.readString(file).contains("\"additionalProperties\": false"), file.getFileName()
                        + " forbids additional properties, against the evolution policy");
            }
        }
    }

    /** The receive operations are exactly the topics each service's consumer is configured with, on their channels. */
    @Test
    void theConsumersAndAProductionClusterAreDescribed() throws IOException {
        JsonNode asyncApi = asyncApi();
        Map<String, String> receivers = new TreeMap<>();
        asyncApi.get("operations").fields().forEachRemaining(operation -> {
            if (operation.getValue().get("action").asText().equals("receive")) {
                receivers.put(operation.getKey(), operation.getValue().at("/channel/$ref").asText());
            }
        });
        Map<String, String> consumed = new TreeMap<>();
        Path root = Path.of("").toAbsolutePath().getParent();
        for (String service : List.of("candidate", "training", "admission", "reporting")) {
            java.util.Properties configuration = new java.util.Properties();
            try (var reader = Files.newBufferedReader(root.resolve(service + "-service/src/main/resources/application.properties"))) {
                configuration.load(reader);
            }
            for (String topic : configuration.getProperty("partydev.consumer.topics").split(",")) {
                String producer = topic.trim().split("\\.")[1];
                consumed.put(service + "Receives" + Character.toUpperCase(producer.charAt(0)) + producer.substring(1) + "Events",
                        "#/channels/" + producer);
            }
        }
        assertEquals(consumed, receivers, "receive operations against the services' partydev.consumer.topics");
        assertEquals("kafka-secure", asyncApi.at("/servers/production/protocol").asText());
        assertEquals("scramSha512", asyncApi.at("/components/securitySchemes/scramSha512/type").asText());
    }

    private JsonNode asyncApi() throws IOException {
        try (InputStream stream = getClass().getClassLoader().getResourceAsStream("events/asyncapi.yaml")) {
            return new YAMLMapper().readTree(stream);
        }
    }

    private static void assertValid(JsonSchema schema, JsonNode sample, String what) {
        Set<ValidationMessage> errors = schema.validate(sample);
        assertTrue(errors.isEmpty(), what + ": " + errors + " in " + sample);
    }

    private static JsonSchema schemaOf(Class<?> type) throws IOException {
        try (InputStream stream = EventSchemaTest.class.getClassLoader()
                .getResourceAsStream("events/schemas/" + type.getSimpleName() + ".v1.json")) {
            assertTrue(stream != null, "schema of " + type.getSimpleName());
            return SCHEMAS.getSchema(stream, STRICT);
        }
    }

    private static Path schemaDirectory() throws URISyntaxException {
        return Path.of(EventSchemaTest.class.getClassLoader().getResource("events/schemas").toURI());
    }

    private static String firstFieldOf(Class<?> type, Class<?> fieldType) {
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getType() == fieldType) {
                return component.getName();
            }
        }
        return null;
    }

    /** A realistic instance of the record: every field set, codes and ids only. */
    static Object sample(Class<?> type) throws ReflectiveOperationException {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = sampleValue(components[i].getName(), components[i].getGenericType(), components[i].getType());
        }
        return type.getDeclaredConstructor(types).newInstance(values);
    }

    private static Object sampleValue(String name, Type genericType, Class<?> type) throws ReflectiveOperationException {
        if (type == UUID.class) {
            return UUID.randomUUID();
        }
        if (type == LocalDate.class) {
            return LocalDate.of(2026, 3, 2);
        }
        if (type == int.class || type == Integer.class) {
            return name.equals("year") ? 2026 : name.equals("minimumAttendancePercent") ? 80 : 3;
        }
        if (type == boolean.class) {
            return true;
        }
        if (type == String.class) {
            return sampleText(name);
        }
        if (type.isEnum()) {
            Object[] codes = type.getEnumConstants();
            return codes[codes.length - 1];
        }
        if (type == List.class && genericType instanceof ParameterizedType list
                && list.getActualTypeArguments()[0] == LocalDate.class) {
            return List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 9, 2));
        }
        if (type.isRecord()) {
            return sample(type);
        }
        throw new IllegalArgumentException("no sample for " + name + " of " + genericType);
    }

    private static String sampleText(String name) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("path", "/00000000-0000-0000-0000-000000000001/" + UUID.randomUUID() + "/");
        texts.put("name", "Chi bộ Thôn Đông");
        texts.put("code", "CB-017");
        texts.put("ruleSet", "294-QD-TW-2025");
        texts.put("certificateNumber", "NT-2026-000123");
        String text = texts.get(name);
        if (text == null) {
            throw new IllegalArgumentException("no sample text for " + name);
        }
        return text;
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends DomainEvent> load(ClassInfo info) {
        try {
            return (Class<? extends DomainEvent>) Class.forName(info.name().toString());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
