package vn.partydev.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import vn.partydev.local.ApiRoutes;
import vn.partydev.local.ApiRoutes.Route;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The one entry point: every path of every service's OpenAPI document routes to that service, no prefix is claimed
 * twice, no route is stale, and the cluster's Ingress and the Compose proxy route exactly as the launcher's proxy,
 * sending every other path of their host to the web console.
 */
class EntryPointTest {

    @TestFactory
    Stream<DynamicTest> everyPathOfEveryServiceRoutesToItsOwner() {
        Set<Route> used = new HashSet<>();
        List<DynamicTest> tests = new ArrayList<>();
        for (String service : DeployTree.SERVICES) {
            boolean producer = ServiceConfiguration.of(service).producedTopic().isPresent();
            for (String path : openApiPaths(service)) {
                boolean feed = path.equals(ApiRoutes.EVENTS) || path.startsWith(ApiRoutes.EVENTS + "/");
                if (feed && !producer) {
                    continue; // the platform's feed resource is in every service; one that publishes nothing has no feed
                }
                Optional<Route> route = feed
                        ? ApiRoutes.ROUTES.stream().filter(candidate -> candidate.service().equals(service) && candidate.rewriteTo().isPresent()).findFirst()
                        : ApiRoutes.of(path);
                route.ifPresent(used::add);
                tests.add(DynamicTest.dynamicTest(service + " " + path, () -> {
                    assertTrue(route.isPresent(), "no route for " + path);
                    assertEquals(service, route.get().service(), path);
                }));
            }
        }
        tests.add(DynamicTest.dynamicTest("every route serves a path", () -> assertEquals(Set.copyOf(ApiRoutes.ROUTES), used)));
        return tests.stream();
    }

    @Test
    void noPrefixIsClaimedTwice() {
        List<String> prefixes = ApiRoutes.ROUTES.stream().map(Route::prefix).toList();
        assertEquals(prefixes.size(), Set.copyOf(prefixes).size(), "a prefix listed twice");
        for (Route route : ApiRoutes.ROUTES) {
            for (Route other : ApiRoutes.ROUTES) {
                assertFalse(route != other && other.matches(route.prefix()), other.prefix() + " also claims " + route.prefix());
            }
        }
    }

    @Test
    void theIngressRoutesAsTheLauncher() {
        Map<String, String> routed = new HashMap<>();
        Map<String, String> rewritten = new HashMap<>();
        for (Ingress ingress : StrictModels.all(Ingress.class)) {
            assertEquals(1, ingress.getSpec().getTls().size(), ingress.getMetadata().getName() + " serves TLS");
            assertTrue(ingress.getMetadata().getAnnotations().containsKey("nginx.ingress.kubernetes.io/proxy-body-size")
                    || ingress.getMetadata().getName().equals("partydev-feeds"), "a request-size limit");
            String rewrite = ingress.getMetadata().getAnnotations().get("nginx.ingress.kubernetes.io/rewrite-target");
            for (HTTPIngressPath path : ingress.getSpec().getRules().get(0).getHttp().getPaths()) {
                String service = path.getBackend().getService().getName();
                assertEquals("http", path.getBackend().getService().getPort().getName());
                if (rewrite == null) {
                    assertEquals("Prefix", path.getPathType());
                    assertEquals(null, routed.put(path.getPath(), service), path.getPath() + " twice");
                } else {
                    assertEquals(ApiRoutes.EVENTS + "$1", rewrite);
                    rewritten.put(path.getPath().replace("(/.*)?$", ""), service);
                }
            }
        }
        assertEquals(DeployTree.CONSOLE, routed.remove("/"), "every other path of the host is the web console");
        assertEquals(routes(false), routed);
        assertEquals(routes(true), rewritten);
    }

    @Test
    void theComposeProxyRoutesAsTheLauncher() {
        String conf = DeployTree.read(DeployTree.deploy().resolve("compose/nginx.conf"));
        Map<String, String> routed = new HashMap<>();
        Map<String, String> rewritten = new HashMap<>();
        Matcher location = Pattern.compile("location (\\S+) \\{([^}]*)proxy_pass http://([\\w-]+):(\\d+); }").matcher(conf);
        while (location.find()) {
            String service = location.group(3);
            assertEquals(ServiceConfiguration.of(service).httpPort(), Integer.parseInt(location.group(4)), service + "'s port");
            if (location.group(2).contains("rewrite")) {
                assertTrue(location.group(2).contains(" " + ApiRoutes.EVENTS + "$1 break;"), location.group());
                rewritten.put(location.group(1), service);
            } else {
                routed.put(location.group(1), service);
            }
        }
        assertEquals(DeployTree.CONSOLE, routed.remove("/"), "every other path is the web console");
        assertTrue(conf.contains("location /api/ { default_type application/problem+json; return 404 "),
                "an API path no service serves is a problem+json 404, not the console's");
        assertEquals(routes(false), routed);
        assertEquals(routes(true), rewritten);
    }

    private static Map<String, String> routes(boolean rewritten) {
        Map<String, String> routes = new HashMap<>();
        ApiRoutes.ROUTES.stream().filter(route -> route.rewriteTo().isPresent() == rewritten)
                .forEach(route -> routes.put(route.prefix(), route.service()));
        return routes;
    }

    private static List<String> openApiPaths(String service) {
        Path document = DeployTree.project().resolve(service).resolve("target/openapi/openapi.yaml");
        assertTrue(Files.exists(document), document + " is missing: build " + service + " first");
        JsonNode paths = DeployTree.documents(document).get(0).path("paths");
        List<String> names = new ArrayList<>();
        paths.fieldNames().forEachRemaining(names::add);
        assertFalse(names.isEmpty(), service + " has no paths");
        return names;
    }
}
