package vn.partydev.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A service's configuration as its sources say it: its application.properties over the platform's shared defaults
 * (META-INF/microprofile-config.properties; not for the web console, which does not use the platform). Profiles are
 * folded: {@code %test.x} counts as naming {@code x}.
 */
record ServiceConfiguration(String service, Properties own, Properties shared) {

    static ServiceConfiguration of(String service) {
        Path project = DeployTree.project();
        return new ServiceConfiguration(service,
                load(project.resolve(service).resolve("src/main/resources/application.properties")),
                service.equals(DeployTree.CONSOLE) ? new Properties()
                        : load(project.resolve("platform/src/main/resources/META-INF/microprofile-config.properties")));
    }

    Optional<String> value(String name) {
        return Optional.ofNullable(own.getProperty(name)).or(() -> Optional.ofNullable(shared.getProperty(name)));
    }

    String required(String name) {
        return value(name).orElseThrow(() -> new AssertionError(service + " does not configure " + name));
    }

    int httpPort() {
        return Integer.parseInt(required("quarkus.http.port"));
    }

    /** The database in the JDBC URL, e.g. {@code candidate}. */
    String database() {
        String url = required("quarkus.datasource.jdbc.url");
        String path = url.substring(url.lastIndexOf('/') + 1);
        return path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
    }

    Optional<String> producedTopic() {
        return value("partydev.events.topic");
    }

    List<String> consumedTopics() {
        return value("partydev.consumer.topics").map(topics -> Arrays.stream(topics.split(",")).map(String::trim).toList())
                .orElse(List.of());
    }

    String consumerGroup() {
        return required("partydev.consumer.group");
    }

    /** Every property name the sources set, profile prefixes removed, in environment-variable form. */
    Set<String> environmentNames() {
        return java.util.stream.Stream.concat(own.stringPropertyNames().stream(), shared.stringPropertyNames().stream())
                .map(name -> name.startsWith("%") ? name.substring(name.indexOf('.') + 1) : name)
                .map(ServiceConfiguration::environmentName)
                .collect(Collectors.toSet());
    }

    /** MicroProfile Config's mapping: upper case, every character other than a letter or digit becomes '_'. */
    static String environmentName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
