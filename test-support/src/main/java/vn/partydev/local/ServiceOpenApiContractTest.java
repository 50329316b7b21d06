package vn.partydev.local;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every service's OpenAPI document must be for a front-end developer who generates a client from it: the
 * document the running service serves at {@code /q/openapi} passes {@link OpenApiContract} (operation ids, typed
 * lists, named record schemas, Problem on every error, an example body per command), its operation ids are unique
 * also against the documents the other services' tests wrote in the same build, and openapi-generator turns it into
 * a TypeScript client. A service extends it in a {@code @QuarkusTest} class that names the service.
 */
public abstract class ServiceOpenApiContractTest {

    private final String service;

    /** @param service the service's name, e.g. {@code candidate-service} */
    protected ServiceOpenApiContractTest(String service) {
        this.service = service;
    }

    @Test
    public void theOpenApiDocumentGeneratesATypedClient() throws IOException {
        String document = given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().asString();
        Path documents = documentsDirectory();
        Files.createDirectories(documents);
        Path file = documents.resolve(service + ".json");
        Files.writeString(file, document, StandardCharsets.UTF_8);

        OpenApiContract contract = OpenApiContract.parse(document);
        assertEquals(List.of(), contract.violations(), service + ": the OpenAPI document breaks the contract");
        assertEquals(Map.of(), operationIdsAlsoIn(contract, documents), service + ": operation ids used by another service");

        Path client = Path.of("target", "generated-client", "typescript");
        List<java.io.File> generated = OpenApiContract.generateTypeScriptClient(file, client);
        assertTrue(generated.stream().anyMatch(f -> f.getPath().contains("/apis/")), "no API class generated: " + generated);
        assertTrue(generated.stream().anyMatch(f -> f.getPath().contains("/models/")), "no model generated: " + generated);
    }

    /** The problem codes a client maps (every rule id and constant, with its meaning) are in the document. */
    @Test
    public void theOpenApiDocumentPublishesTheProblemCodes() {
        var document = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        Map<String, String> codes = document.getMap("info.'x-problem-codes'", String.class, String.class);
        for (String code : List.of("R-VOTE-1", "R-CERT-1", "R-AGE-1", "STEP_OUT_OF_ORDER", "VALIDATION_FAILED", "NOT_FOUND")) {
            assertTrue(codes.containsKey(code) && !codes.get(code).isBlank(), service + ": x-problem-codes lacks " + code);
        }
        String description = document.getString("info.description");
        assertTrue(codes.keySet().stream().allMatch(code -> description.contains("| `" + code + "` |")),
                service + ": the description's table lists every code");
    }

    /** operation id → the other service whose document (written by its own test in this build) uses it too. */
    private Map<String, String> operationIdsAlsoIn(OpenApiContract contract, Path documents) throws IOException {
        Map<String, String> clashes = new TreeMap<>();
        try (Stream<Path> files = Files.list(documents)) {
            for (Path other : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                String otherService = other.getFileName().toString().replace(".json", "");
                if (otherService.equals(service)) {
                    continue;
                }
                List<String> theirs = OpenApiContract.parse(Files.readString(other)).operationIds();
                for (String id : contract.operationIds()) {
                    if (theirs.contains(id)) {
                        clashes.put(id, otherService);
                    }
                }
            }
        }
        return clashes;
    }

    /** {@code target/openapi} of the build's root (the directory holding {@code mvnw}), shared by the four services. */
    private static Path documentsDirectory() {
        Path directory = Path.of("").toAbsolutePath();
        for (Path candidate = directory; candidate != null; candidate = candidate.getParent()) {
            if (Files.exists(candidate.resolve("mvnw"))) {
                return candidate.resolve("target").resolve("openapi");
            }
        }
        return directory.resolve("target").resolve("openapi");
    }
}
