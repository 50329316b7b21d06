package vn.partydev.local;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The local stack's one entry point for front-ends: a port that forwards {@code /api/v1/...} to the service that owns
 * the path ({@link ApiRoutes}), bodies streamed both ways, so that a front-end uses one base URL as it does behind
 * the cluster's Ingress. CORS is answered by the services themselves (their configured origins), passed through.
 */
public final class ApiProxy implements AutoCloseable {

    /** Hop-by-hop headers and those the JDK client sets itself. */
    private static final Set<String> NOT_FORWARDED = Set.of("connection", "content-length", "expect", "host", "upgrade",
            "keep-alive", "proxy-connection", "te", "trailer", "transfer-encoding", "date");

    private final HttpServer server;
    private final ExecutorService workers = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "partydev-api-proxy");
        thread.setDaemon(true);
        return thread;
    });
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, Integer> servicePorts;

    private ApiProxy(int port, Map<String, Integer> servicePorts) throws IOException {
        this.servicePorts = Map.copyOf(servicePorts);
        server = HttpServer.create(new InetSocketAddress(port), 64);
        server.setExecutor(workers);
        server.createContext("/", this::forward);
    }

    /** Starts the proxy on the port, forwarding to the services listening on localhost at the given ports. */
    public static ApiProxy start(int port, Map<String, Integer> servicePorts) throws IOException {
        ApiProxy proxy = new ApiProxy(port, servicePorts);
        proxy.server.start();
        return proxy;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            URI requested = exchange.getRequestURI();
            Optional<ApiRoutes.Route> route = ApiRoutes.of(requested.getRawPath());
            if (route.isEmpty() || !servicePorts.containsKey(route.get().service())) {
                notFound(exchange, requested.getRawPath());
                return;
            }
            String target = "http://localhost:" + servicePorts.get(route.get().service())
                    + route.get().upstreamPath(requested.getRawPath())
                    + (requested.getRawQuery() == null ? "" : "?" + requested.getRawQuery());
            HttpResponse<InputStream> answer;
            try {
                answer = client.send(upstreamRequest(exchange, URI.create(target)), HttpResponse.BodyHandlers.ofInputStream());
            } catch (IOException e) {
                problem(exchange, 502, "Bad Gateway", route.get().service() + " does not answer");
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                problem(exchange, 503, "Service Unavailable", "the proxy is stopping");
                return;
            }
            answer.headers().map().forEach((name, values) -> {
                if (!NOT_FORWARDED.contains(name.toLowerCase())) {
                    exchange.getResponseHeaders().put(name, values);
                }
            });
            long length = answer.headers().firstValueAsLong("content-length").orElse(0);
            boolean noBody = exchange.getRequestMethod().equals("HEAD") || answer.statusCode() == 204 || answer.statusCode() == 304;
            exchange.sendResponseHeaders(answer.statusCode(), noBody || length == 0 && answer.headers().firstValue("content-length").isPresent() ? -1 : length);
            try (InputStream body = answer.body(); OutputStream out = exchange.getResponseBody()) {
                if (!noBody) {
                    body.transferTo(out);
                }
            }
        }
    }

    private HttpRequest upstreamRequest(HttpExchange exchange, URI target) {
        HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(Duration.ofMinutes(30));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase())) {
                values.forEach(value -> request.header(name, value));
            }
        });
        Headers headers = exchange.getRequestHeaders();
        request.header("X-Forwarded-Host", Optional.ofNullable(headers.getFirst("Host")).orElse("localhost:" + port()));
        request.header("X-Forwarded-Proto", "http");
        request.header("X-Forwarded-For", exchange.getRemoteAddress().getAddress().getHostAddress());
        boolean hasBody = headers.containsKey("Content-Length") && !"0".equals(headers.getFirst("Content-Length"))
                || headers.containsKey("Transfer-Encoding");
        HttpRequest.BodyPublisher body = hasBody
                ? HttpRequest.BodyPublishers.ofInputStream(exchange::getRequestBody)
                : HttpRequest.BodyPublishers.noBody();
        return request.method(exchange.getRequestMethod(), body).build();
    }

    private static void notFound(HttpExchange exchange, String path) throws IOException {
        problem(exchange, 404, "Not Found", "no service serves " + path + " (see deploy/README.md, the entry point's routes)");
    }

    private static void problem(HttpExchange exchange, int status, String title, String detail) throws IOException {
        byte[] body = ("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail.replace("\"", "'") + "\"}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/problem+json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    @Override
    public void close() {
        server.stop(1);
        workers.shutdownNow();
    }
}
