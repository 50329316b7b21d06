package vn.partydev.local;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The one entry point's routing table: which service owns which path prefix under {@code /api/v1}. The launcher's
 * proxy port routes by it; the Kubernetes Ingress and the Compose proxy repeat it, and deploy/checks verifies that
 * they do and that every path of every service's OpenAPI document routes to its owner.
 *
 * <p>The event feed ({@code /api/v1/events}, served by each producing service) is reached under
 * {@code /api/v1/feeds/<service>}, rewritten to that service's {@code /api/v1/events}.
 */
public final class ApiRoutes {

    /** A path prefix and the service that owns it; {@code rewriteTo} replaces the prefix when set. */
    public record Route(String prefix, String service, Optional<String> rewriteTo) {

        static Route owned(String prefix, String service) {
            return new Route(prefix, service, Optional.empty());
        }

        static Route feed(String service) {
            return new Route(FEEDS + "/" + service.substring(0, service.indexOf('-')), service, Optional.of(EVENTS));
        }

        /** Whether the path is this prefix or below it. */
        public boolean matches(String path) {
            return path.equals(prefix) || path.startsWith(prefix + "/");
        }

        /** The path the owning service is asked for. */
        public String upstreamPath(String path) {
            return rewriteTo.map(target -> target + path.substring(prefix.length())).orElse(path);
        }
    }

    public static final String EVENTS = "/api/v1/events";
    public static final String FEEDS = "/api/v1/feeds";

    public static final List<Route> ROUTES = List.of(
            Route.owned("/api/v1/candidates", "candidate-service"),
            Route.owned("/api/v1/classes", "training-service"),
            Route.owned("/api/v1/certificates", "training-service"),
            Route.owned("/api/v1/organisations", "admission-service"),
            Route.owned("/api/v1/residential-areas", "admission-service"),
            Route.owned("/api/v1/members", "admission-service"),
            Route.owned("/api/v1/admission-cases", "admission-service"),
            Route.owned("/api/v1/deadlines", "admission-service"),
            Route.owned("/api/v1/imports", "admission-service"),
            Route.owned("/api/v1/calendar", "admission-service"),
            Route.owned("/api/v1/rule-sets", "admission-service"),
            Route.owned("/api/v1/reports", "reporting-service"),
            Route.owned("/api/v1/targets", "reporting-service"),
            Route.owned("/api/v1/admin/rebuilds", "reporting-service"),
            Route.feed("candidate-service"),
            Route.feed("training-service"),
            Route.feed("admission-service"));

    private ApiRoutes() {
    }

    /** The route of a public path: the longest matching prefix. */
    public static Optional<Route> of(String path) {
        return ROUTES.stream().filter(route -> route.matches(path))
                .max(Comparator.comparingInt(route -> route.prefix().length()));
    }
}
