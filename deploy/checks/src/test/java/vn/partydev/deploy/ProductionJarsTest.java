package vn.partydev.deploy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Test support stays out of what a service or the web console ships: its packaged application ({@code target/quarkus-app}, what the
 * container image holds) has no jar of test-support/ or of the local launcher, and no class of the test resource,
 * the test tokens, the shared contract and abuse tests, or the platform's {@code EventInjector}.
 */
class ProductionJarsTest {

    /** Class entries of test support, by path prefix. */
    private static final List<String> TEST_SUPPORT = List.of(
            "vn/partydev/local/",
            "vn/partydev/platform/events/EventInjector");

    static List<String> applications() {
        return DeployTree.APPLICATIONS;
    }

    @ParameterizedTest
    @MethodSource("applications")
    void thePackagedApplicationHoldsNoTestSupport(String service) {
        Path application = DeployTree.project().resolve(service).resolve("target/quarkus-app");
        List<Path> jars = jars(application);
        assertTrue(jars.stream().anyMatch(jar -> jar.getFileName().toString().startsWith(
                        service.equals(DeployTree.CONSOLE) ? "org.webjars.npm.echarts-" : "vn.partydev.platform-")),
                "the packaged " + service + " holds what it runs on (the platform jar; the console, ECharts): " + jars);

        List<String> found = new ArrayList<>();
        for (Path jar : jars) {
            String name = jar.getFileName().toString();
            if (name.contains("test-support") || name.contains("local-infrastructure")) {
                found.add(name);
            }
            try (JarFile file = new JarFile(jar.toFile())) {
                file.stream().map(entry -> entry.getName())
                        .filter(entry -> TEST_SUPPORT.stream().anyMatch(entry::startsWith))
                        .forEach(entry -> found.add(name + "!" + entry));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertEquals(List.of(), found, service + " ships test support");
    }

    private static List<Path> jars(Path application) {
        assertTrue(Files.isDirectory(application), application + " is built before the deployment checks");
        try (Stream<Path> files = Files.walk(application)) {
            return files.filter(file -> file.toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
