package vn.partydev.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The repository as the checks see it: the project directory, the YAML files under deploy/, their documents. */
final class DeployTree {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static final List<String> SERVICES = List.of("candidate-service", "training-service", "admission-service", "reporting-service");
    /** The web console: deployed beside the services, without a database, Kafka or the platform. */
    static final String CONSOLE = "web-console";
    /** What is deployed: the four services and the console. */
    static final List<String> APPLICATIONS = List.of("candidate-service", "training-service", "admission-service", "reporting-service", CONSOLE);

    private DeployTree() {
    }

    static Path project() {
        return Path.of(System.getProperty("partydev.project.dir", "../..")).toAbsolutePath().normalize();
    }

    static Path deploy() {
        return project().resolve("deploy");
    }

    static Path kubernetes() {
        return deploy().resolve("kubernetes");
    }

    /** Every YAML file under deploy/, build output excluded. */
    static List<Path> yamlFiles() {
        try (Stream<Path> files = Files.walk(deploy())) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> !deploy().relativize(file).toString().contains("target"))
                    .filter(file -> file.toString().endsWith(".yaml") || file.toString().endsWith(".yml"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The documents of a (multi-document) YAML file, empty documents skipped. */
    static List<JsonNode> documents(Path file) {
        try (var values = YAML.readerFor(JsonNode.class).<JsonNode>readValues(file.toFile())) {
            List<JsonNode> documents = new ArrayList<>();
            while (values.hasNext()) {
                JsonNode document = values.next();
                if (document != null && !document.isNull() && !document.isMissingNode()) {
                    documents.add(document);
                }
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse " + file, e);
        }
    }

    /** The Kubernetes objects of every file under deploy/kubernetes, the kustomization itself excluded. */
    static List<JsonNode> kubernetesObjects() {
        return yamlFiles().stream().filter(file -> file.startsWith(kubernetes()))
                .flatMap(file -> documents(file).stream())
                .filter(document -> document.has("kind") && !document.path("kind").asText().equals("Kustomization"))
                .toList();
    }

    static List<JsonNode> objectsOfKind(String kind) {
        return kubernetesObjects().stream().filter(object -> object.path("kind").asText().equals(kind)).toList();
    }

    static String name(JsonNode object) {
        return object.path("metadata").path("name").asText();
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
