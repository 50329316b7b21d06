package vn.partydev.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;

/** The bytes of an answer to store for replay: as given, or the entity as JSON. */
final class IdempotentAnswers {

    private IdempotentAnswers() {
    }

    static byte[] body(ObjectMapper json, Object entity) {
        if (entity == null) {
            return null;
        }
        if (entity instanceof byte[] bytes) {
            return bytes;
        }
        if (entity instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        try {
            return json.writeValueAsBytes(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store the answer of an idempotent request", e);
        }
    }
}
