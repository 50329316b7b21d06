package vn.partydev.system;

import vn.partydev.local.ServiceProcess;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A service's Prometheus metrics ({@code /q/metrics}) as the benchmarks read them. */
final class ServiceMetrics {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private ServiceMetrics() {
    }

    /** The sum of every series of {@code metric} (all its labels: topics, partitions, subscribers). */
    static double sum(ServiceProcess service, String metric) throws IOException, InterruptedException {
        String metrics = HTTP.send(HttpRequest.newBuilder(URI.create(service.baseUrl() + "/q/metrics")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        double total = 0;
        for (String line : metrics.lines().toList()) {
            if (line.startsWith(metric + "{")) {
                total += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return total;
    }
}
