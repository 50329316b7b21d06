package vn.partydev.platform.time;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ClockProducerTest {

    private static ClockSettings settings(Optional<Instant> fixed) {
        return new ClockSettings() {
            @Override
            public ZoneId zone() {
                return ZoneId.of("Asia/Ho_Chi_Minh");
            }

            @Override
            public Optional<Instant> fixed() {
                return fixed;
            }
        };
    }

    @Test
    void aFixedInstantStandsStillInVietnamsZone() {
        // 17:30 UTC on 16 February is already 17 February (mùng 1 Tết) in Hà Nội
        var clock = new ClockProducer().clock(settings(Optional.of(Instant.parse("2026-02-16T17:30:00Z"))));
        assertEquals(LocalDate.of(2026, 2, 17), LocalDate.now(clock));
        assertEquals(Instant.parse("2026-02-16T17:30:00Z"), clock.instant());
    }

    @Test
    void withoutAFixedInstantItIsTheSystemClock() {
        var clock = new ClockProducer().clock(settings(Optional.empty()));
        assertEquals(ZoneId.of("Asia/Ho_Chi_Minh"), clock.getZone());
        long drift = Math.abs(clock.millis() - System.currentTimeMillis());
        assertEquals(true, drift < 5_000, "drift " + drift);
    }
}
