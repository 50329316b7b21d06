package vn.partydev.platform.logging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.LogContext;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In production (the {@code prod} profile, nothing else set) the console writes each log record as one JSON object,
 * as a log collector reads it: the platform's test application started in that profile formats a record with the
 * formatter its console handler was given.
 */
@QuarkusTest
@TestProfile(ProductionLogsTest.Production.class)
class ProductionLogsTest {

    /** The platform's test application in the production profile. */
    public static class Production implements QuarkusTestProfile {
        @Override
        public String getConfigProfile() {
            return "prod";
        }
    }

    @Test
    void inProductionTheConsoleWritesOneJsonObjectPerRecord() throws Exception {
        List<Formatter> formatters = new ArrayList<>();
        collect(LogContext.getLogContext().getLogger("").getHandlers(), formatters);
        Formatter json = formatters.stream().filter(formatter -> formatter.getClass().getName().contains("Json")).findFirst()
                .orElseThrow(() -> new AssertionError("no JSON formatter on the console: " + formatters));
        LogRecord record = new LogRecord(Level.INFO, "relay published 3 events");
        record.setLoggerName("vn.partydev.platform.outbox");
        String line = json.format(record);
        JsonNode parsed = new ObjectMapper().readTree(line);
        assertEquals("relay published 3 events", parsed.path("message").asText(), line);
        assertEquals("INFO", parsed.path("level").asText(), line);
        assertEquals("vn.partydev.platform.outbox", parsed.path("loggerName").asText(), line);
        assertTrue(parsed.hasNonNull("timestamp"), line);
        assertEquals(1, line.strip().lines().count(), "one line per record: " + line);
    }

    private static void collect(Handler[] handlers, List<Formatter> into) {
        for (Handler handler : handlers) {
            if (handler.getFormatter() != null) {
                into.add(handler.getFormatter());
            }
            if (handler instanceof ExtHandler parent) {
                collect(parent.getHandlers(), into);
            }
        }
    }
}
