package vn.partydev.local.abuse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sends one request to the service under test and returns its status, media type and body. */
final class Exchange {

    record Answer(int status, String contentType, String body) {
    }

    private static final Pattern CONTENT_LENGTH = Pattern.compile("(?i)\r\ncontent-length: *(\\d+)");
    private static final Pattern CONTENT_TYPE = Pattern.compile("(?i)\r\ncontent-type: *([^\r\n]*)");

    private final String host;
    private final int port;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    Exchange(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /** {@code contentType} null sends the body without one; {@code body} null sends none. */
    Answer send(String method, String pathAndQuery, String token, String contentType, byte[] body, Map<String, String> headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + pathAndQuery))
                    .timeout(Duration.ofSeconds(30))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            if (contentType != null) {
                request.header("Content-Type", contentType);
            }
            headers.forEach(request::header);
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + pathAndQuery.substring(0, Math.min(200, pathAndQuery.length()))
                    + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Writes the request as it is on a new connection (for what HTTP clients refuse to send) and reads one answer. */
    Answer raw(String head, byte[] bodyStart) {
        try (Socket socket = new Socket(host, port)) {
            socket.setSoTimeout(15_000);
            socket.getOutputStream().write(head.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().write(bodyStart);
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            int headEnd = -1;
            long length = Long.MAX_VALUE;
            for (int read; answer.size() - Math.max(headEnd, 0) < length && (read = in.read()) >= 0; ) {
                answer.write(read);
                if (headEnd < 0 && answer.size() >= 4 && answer.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                    headEnd = answer.size();
                    Matcher declared = CONTENT_LENGTH.matcher(answer.toString(StandardCharsets.ISO_8859_1));
                    length = declared.find() ? Long.parseLong(declared.group(1)) : Long.MAX_VALUE;
                }
            }
            String text = answer.toString(StandardCharsets.UTF_8);
            int status = text.startsWith("HTTP/1.1 ") ? Integer.parseInt(text.substring(9, 12)) : -1;
            Matcher type = CONTENT_TYPE.matcher(text);
            return new Answer(status, type.find() ? type.group(1).trim() : "", headEnd < 0 ? "" : text.substring(text.indexOf("\r\n\r\n") + 4));
        } catch (IOException e) {
            throw new IllegalStateException("raw request failed: " + e, e);
        }
    }
}
