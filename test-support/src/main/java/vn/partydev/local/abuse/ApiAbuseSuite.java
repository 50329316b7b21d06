package vn.partydev.local.abuse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.partydev.local.TestTokens;

import javax.sql.DataSource;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The project's own abuse suite, generated from a service's OpenAPI document, so that a new operation is covered
 * without writing a test by hand. Two parts, each counted and printed:
 * <ul>
 *     <li><b>Malformed requests</b>, for every operation: broken, non-object, empty and oversize bodies, a body without
 *     or with the wrong Content-Type, an unknown field, every field missing (if required) or of the wrong type, bad
 *     and control-character path ids, bad query values, an unavailable Accept, an undeclared method; and once per
 *     service a request line and headers beyond the limits. No answer may be a 5xx; every error must be
 *     {@code application/problem+json} with its status and a {@code code}; when every request of an operation was
 *     refused, no row of the service's tables may have changed.</li>
 *     <li><b>Authorisation matrix</b>: every secured operation × every role × the home organisation, a sibling and
 *     the parent, naming objects of the home subtree in the path and in the body. A role the operation does not
 *     document (its security requirement's roles) must be refused with 403, whatever the organisation; an allowed role
 *     of the sibling organisation must not succeed on the home subtree's objects.</li>
 * </ul>
 */
public final class ApiAbuseSuite {

    public static final List<String> ROLES = List.of("admin", "organiser", "cell", "trainer", "viewer", "feed");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String UNKNOWN_ID = "00000000-0000-4000-8000-00000000dead";

    private final String service;
    private final Exchange exchange;
    private final DataSource dataSource;
    private final UUID home;
    private final UUID sibling;
    private final UUID parent;
    private final Map<String, String> homeIds;
    private final Map<String, String> homeObjects;
    private final Map<String, String> pathValues;
    private final long maxBodyBytes;

    private final List<String> violations = new ArrayList<>();
    private int requests;
    private final Set<String> covered = new LinkedHashSet<>();

    private ApiAbuseSuite(Builder builder) {
        this.service = builder.service;
        this.exchange = new Exchange(builder.host, builder.port);
        this.dataSource = builder.dataSource;
        this.home = builder.home;
        this.sibling = builder.sibling;
        this.parent = builder.parent;
        this.homeIds = Map.copyOf(builder.homeIds);
        this.homeObjects = Map.copyOf(builder.homeObjects);
        this.pathValues = Map.copyOf(builder.pathValues);
        this.maxBodyBytes = builder.maxBodyBytes;
    }

    public static Builder of(String service, String host, int port, DataSource dataSource) {
        return new Builder(service, host, port, dataSource);
    }

    /** What the suite did; {@code violations} is empty when the service held. */
    public record Report(String service, int operations, int operationsCovered, int requests, int malformedRequests,
                         int matrixRequests, List<String> violations) {

        public String summary() {
            return "abuse suite " + service + ": " + requests + " requests (" + malformedRequests + " malformed, "
                    + matrixRequests + " authorisation matrix), " + operationsCovered + " of " + operations
                    + " operations covered, violations = " + violations.size();
        }
    }

    public Report run() throws Exception {
        ApiDocument document = new ApiDocument(exchange.send("GET", "/q/openapi?format=json", null, null, null,
                Map.of("Accept", "application/json")).body());
        Samples samples = new Samples(document, name -> homeIds.getOrDefault(name, UNKNOWN_ID));
        TableDigest digest = new TableDigest(dataSource);
        digest.settled(20);
        limits(document.operations().get(0));
        for (ApiDocument.Operation operation : document.operations()) {
            malformed(document, operation, samples, digest);
        }
        int malformed = requests;
        for (ApiDocument.Operation operation : document.operations()) {
            matrix(operation, samples);
        }
        Report report = new Report(service, document.operations().size(), covered.size(), requests, malformed,
                requests - malformed, List.copyOf(violations));
        System.out.println(report.summary());
        violations.stream().limit(60).forEach(violation -> System.out.println("  violation: " + violation));
        return report;
    }

    // --- malformed requests ---

    private void malformed(ApiDocument document, ApiDocument.Operation operation, Samples samples, TableDigest digest) {
        String token = operation.secured() ? TestTokens.token(allowedRole(operation), parent) : null;
        String path = path(operation, Map.of());
        Map<String, String> before = digest.take();
        boolean anySuccess = false;
        List<Probe> probes = new ArrayList<>();
        if (operation.body() != null) {
            JsonNode valid = samples.valid("", operation.body(), 0);
            String type = operation.bodyType();
            boolean json = type.contains("json");
            if (json) {
                for (String broken : List.of("{\"a\": ", "[]", "null", "\"text\"", "", "{} {}", "{\"a\": 1, \"a\": 2}", "\u0000")) {
                    probes.add(new Probe("body " + JSON.valueToTree(broken), path, type, broken.getBytes(StandardCharsets.UTF_8)));
                }
                if (valid.isObject()) {
                    ObjectNode unknown = ((ObjectNode) valid.deepCopy()).put("zzUnknownField", 1);
                    probes.add(new Probe("an unknown field", path, type, bytes(unknown)));
                    fieldProbes(operation, samples, (ObjectNode) valid, path, type, probes);
                }
            }
            probes.add(new Probe("no Content-Type", path, null, bytes(valid)).expect(415));
            probes.add(new Probe("Content-Type text/plain", path, "text/plain", bytes(valid)).expect(json ? 415 : 0));
            probes.add(new Probe("Content-Type application/xml", path, "application/xml", "<a/>".getBytes(StandardCharsets.UTF_8))
                    .expect(json ? 415 : 0));
        }
        for (ApiDocument.Parameter parameter : operation.in("query")) {
            for (String bad : badParameterValues(parameter)) {
                probes.add(new Probe("query " + parameter.name() + "=" + bad, path + (path.contains("?") ? "&" : "?")
                        + parameter.name() + "=" + bad, null, null));
            }
        }
        for (ApiDocument.Parameter parameter : operation.in("path")) {
            for (String bad : List.of("not-a-uuid", "1-1-1-1-1", "%00", "%E2%80%AE", "..%2F..%2Fetc")) {
                probes.add(new Probe("path " + parameter.name() + "=" + bad, path(operation, Map.of(parameter.name(), bad)), null, null));
            }
        }
        if (!operation.mutates()) {
            probes.add(new Probe("Accept application/xml", path, null, null).header("Accept", "application/xml"));
        }
        for (Probe probe : probes) {
            Exchange.Answer answer = exchange.send(operation.method(), probe.path, token, probe.contentType,
                    probe.body, probe.headers);
            anySuccess |= check(operation, probe.what, answer, probe.expected);
        }
        Set<String> declared = new LinkedHashSet<>();
        document.operations().stream().filter(other -> other.path().equals(operation.path()))
                .forEach(other -> declared.add(other.method()));
        String undeclared = List.of("PATCH", "PUT", "DELETE", "POST", "GET").stream()
                .filter(method -> !declared.contains(method)).findFirst().orElse(null);
        if (undeclared != null) {
            anySuccess |= check(operation, "undeclared method " + undeclared,
                    exchange.send(undeclared, path, token, null, null, Map.of()), 405);
        }
        if (operation.body() != null) {
            Exchange.Answer oversize = exchange.raw(operation.method() + " " + path + " HTTP/1.1\r\nHost: localhost\r\n"
                    + (token == null ? "" : "Authorization: Bearer " + token + "\r\n")
                    + "Content-Type: application/json\r\nContent-Length: " + (maxBodyBytes + 1) + "\r\nConnection: close\r\n\r\n",
                    "{\"a\":".getBytes(StandardCharsets.UTF_8));
            anySuccess |= check(operation, "an oversize body", oversize, 413);
        }
        if (!anySuccess) {
            List<String> changed = TableDigest.changed(before, digest.take());
            if (!changed.isEmpty()) {
                violations.add(operation + ": rejected requests changed the tables " + changed);
            }
        }
        covered.add(operation.toString());
    }

    private void fieldProbes(ApiDocument.Operation operation, Samples samples, ObjectNode valid, String path, String type,
                             List<Probe> probes) {
        JsonNode schema = operationSchema(operation, samples);
        Set<String> required = new LinkedHashSet<>();
        schema.path("required").forEach(name -> required.add(name.asText()));
        for (Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields(); properties.hasNext(); ) {
            Map.Entry<String, JsonNode> property = properties.next();
            String name = property.getKey();
            if (required.contains(name)) {
                ObjectNode missing = valid.deepCopy();
                missing.remove(name);
                probes.add(new Probe("without " + name, path, type, bytes(missing)));
            }
            for (Map.Entry<String, JsonNode> wrong : samples.wrong(property.getValue())) {
                ObjectNode broken = valid.deepCopy();
                broken.set(name, wrong.getValue());
                probes.add(new Probe(name + " as " + wrong.getKey(), path, type, bytes(broken)));
            }
        }
    }

    private static JsonNode operationSchema(ApiDocument.Operation operation, Samples samples) {
        return samples.document().resolve(operation.body());
    }

    private static List<String> badParameterValues(ApiDocument.Parameter parameter) {
        List<String> values = new ArrayList<>(List.of("%00", "a%0Ab", "%FF"));
        switch (Samples.type(parameter.schema())) {
            case "integer", "number" -> values.addAll(List.of("abc", encode("１０"), "99999999999999999999", "-1", "1.5"));
            case "boolean" -> values.addAll(List.of("abc", "1", "yes"));
            default -> {
                if (parameter.schema().path("format").asText().equals("date")) {
                    values.addAll(List.of("2026-13-01", "20260101", "+57440-04-10"));
                } else if (Samples.isUuid(parameter.schema())) {
                    values.addAll(List.of("not-a-uuid", "1-1-1-1-1"));
                } else {
                    values.add("x".repeat(3000));
                }
            }
        }
        return values;
    }

    /** Once per service: the limits the HTTP layer enforces answer problems too. */
    private void limits(ApiDocument.Operation operation) {
        String path = path(operation, Map.of());
        check(operation, "a request line too long", exchange.raw("GET " + path + "?q=" + "a".repeat(6000)
                + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", new byte[0]), 414);
        check(operation, "headers too large", exchange.raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nX-Padding: "
                + "b".repeat(30_000) + "\r\nConnection: close\r\n\r\n", new byte[0]), 431);
    }

    // --- authorisation matrix ---

    private void matrix(ApiDocument.Operation operation, Samples samples) {
        if (!operation.secured()) {
            return;
        }
        if (operation.roles().isEmpty()) {
            violations.add(operation + ": secured, but its document names no roles (the matrix cannot check it)");
            return;
        }
        String path = path(operation, Map.of());
        boolean namesHomeObject = !operation.in("path").isEmpty() && homeObjects.containsKey(resourceOf(operation))
                || (operation.body() != null && bodyNamesHomeId(operation, samples));
        byte[] body = operation.body() == null ? null : bytes(samples.valid("", operation.body(), 0));
        String contentType = operation.body() == null ? null : operation.bodyType();
        for (String role : ROLES) {
            for (UUID organisation : List.of(home, sibling, parent)) {
                boolean allowed = operation.roles().contains(role);
                if (allowed && !(organisation.equals(sibling) && namesHomeObject)) {
                    continue;   // would succeed, and change data: the other suites prove allowed calls
                }
                Exchange.Answer answer = exchange.send(operation.method(), path, TestTokens.token(role, organisation),
                        contentType, body, Map.of());
                String who = role + "@" + (organisation.equals(home) ? "home" : organisation.equals(sibling) ? "sibling" : "parent");
                if (!allowed) {
                    check(operation, "role " + who + " (not documented)", answer, 403);
                } else if (answer.status() < 400) {
                    requests++;
                    violations.add(operation + ": " + who + " succeeded (" + answer.status() + ") on the home subtree's objects");
                } else {
                    check(operation, "role " + who + " outside its subtree", answer, 0);
                }
            }
        }
    }

    private boolean bodyNamesHomeId(ApiDocument.Operation operation, Samples samples) {
        JsonNode valid = samples.valid("", operation.body(), 0);
        for (String field : homeIds.keySet()) {
            if (!valid.findValues(field).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    // --- common ---

    /** Checks one answer; returns whether it was a success (so that rows may have changed). */
    private boolean check(ApiDocument.Operation operation, String what, Exchange.Answer answer, int expected) {
        requests++;
        String where = operation + " [" + what + "]";
        if (answer.status() >= 500 || answer.status() < 100) {
            violations.add(where + ": answered " + answer.status());
            return false;
        }
        if (expected != 0 && answer.status() != expected) {
            violations.add(where + ": answered " + answer.status() + ", expected " + expected);
        }
        if (answer.status() >= 400) {
            if (!answer.contentType().startsWith("application/problem+json")) {
                violations.add(where + ": " + answer.status() + " answered as '" + answer.contentType() + "', not problem+json");
            } else {
                try {
                    JsonNode problem = JSON.readTree(answer.body());
                    if (problem.path("status").asInt() != answer.status() || problem.path("code").asText().isBlank()) {
                        violations.add(where + ": problem without its status or code: " + abbreviate(answer.body()));
                    }
                } catch (java.io.IOException unreadable) {
                    violations.add(where + ": problem body is not JSON");
                }
            }
            return false;
        }
        return true;
    }

    private String path(ApiDocument.Operation operation, Map<String, String> overrides) {
        String path = operation.path();
        boolean first = true;
        for (ApiDocument.Parameter parameter : operation.in("path")) {
            String value = overrides.getOrDefault(parameter.name(), pathValues.get(parameter.name()));
            if (value == null) {
                value = first && homeObjects.containsKey(resourceOf(operation)) ? homeObjects.get(resourceOf(operation))
                        : homeIds.getOrDefault(parameter.name(), UNKNOWN_ID);
            }
            first = false;
            path = path.replace("{" + parameter.name() + "}", value);
        }
        StringBuilder query = new StringBuilder();
        for (ApiDocument.Parameter parameter : operation.in("query")) {
            if (parameter.required()) {
                query.append(query.length() == 0 ? "?" : "&").append(parameter.name()).append('=')
                        .append(encode(samplesFor(parameter)));
            }
        }
        return path + query;
    }

    private String samplesFor(ApiDocument.Parameter parameter) {
        if (Samples.isUuid(parameter.schema())) {
            return homeIds.getOrDefault(parameter.name(), UNKNOWN_ID);
        }
        JsonNode example = parameter.schema().path("example");
        return example.isMissingNode() || example.isNull() ? "1" : example.asText();
    }

    /** The first path segment after {@code /api/v1}, e.g. {@code candidates}. */
    private static String resourceOf(ApiDocument.Operation operation) {
        String[] segments = operation.path().split("/");
        return segments.length > 3 ? segments[3] : "";
    }

    private String allowedRole(ApiDocument.Operation operation) {
        return operation.roles().isEmpty() ? "admin"
                : operation.roles().contains("organiser") ? "organiser" : operation.roles().iterator().next();
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    /** One malformed request of an operation. */
    private static final class Probe {
        final String what;
        final String path;
        final String contentType;
        final byte[] body;
        final Map<String, String> headers = new HashMap<>();
        int expected;

        Probe(String what, String path, String contentType, byte[] body) {
            this.what = what;
            this.path = path;
            this.contentType = contentType;
            this.body = body;
        }

        Probe expect(int status) {
            this.expected = status;
            return this;
        }

        Probe header(String name, String value) {
            headers.put(name, value);
            return this;
        }
    }

    /** Where the service runs, which organisations play home, sibling and parent, and which ids lie in the home subtree. */
    public static final class Builder {
        private final String service;
        private final String host;
        private final int port;
        private final DataSource dataSource;
        private UUID home;
        private UUID sibling;
        private UUID parent;
        private final Map<String, String> homeIds = new HashMap<>();
        private final Map<String, String> homeObjects = new HashMap<>();
        private final Map<String, String> pathValues = new HashMap<>();
        private long maxBodyBytes = 10L * 1024 * 1024;

        private Builder(String service, String host, int port, DataSource dataSource) {
            this.service = service;
            this.host = host;
            this.port = port;
            this.dataSource = dataSource;
        }

        /** The home organisation, a sibling of it (not covering it) and its parent. */
        public Builder organisations(UUID home, UUID sibling, UUID parent) {
            this.home = home;
            this.sibling = sibling;
            this.parent = parent;
            return this;
        }

        /** An id in the home subtree for body fields and path parameters of this name (e.g. {@code cellId}). */
        public Builder homeId(String field, UUID id) {
            homeIds.put(field, id.toString());
            return this;
        }

        /** An object of the home subtree for the paths under {@code /api/v1/<resource>/{id}}. */
        public Builder homeObject(String resource, UUID id) {
            homeObjects.put(resource, id.toString());
            return this;
        }

        /** A well-formed value for a path parameter that is not a UUID (e.g. a certificate number). */
        public Builder pathValue(String parameter, String value) {
            pathValues.put(parameter, value);
            return this;
        }

        /** The service's {@code quarkus.http.limits.max-body-size} in bytes (default 10 MiB). */
        public Builder maxBodyBytes(long bytes) {
            this.maxBodyBytes = bytes;
            return this;
        }

        public ApiAbuseSuite build() {
            if (home == null || sibling == null || parent == null) {
                throw new IllegalStateException("name the home, sibling and parent organisations");
            }
            return new ApiAbuseSuite(this);
        }
    }
}
