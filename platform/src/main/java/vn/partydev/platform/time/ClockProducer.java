package vn.partydev.platform.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * The application's {@link Clock}, in Vietnam's zone: deadlines and "today" come from it, never from
 * {@code LocalDate.now()}. Tests fix it with {@code partydev.clock.fixed} or replace it with their own Clock bean.
 */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @Singleton
    @DefaultBean
    Clock clock(ClockSettings settings) {
        return settings.fixed()
                .map(instant -> Clock.fixed(instant, settings.zone()))
                .orElseGet(() -> Clock.system(settings.zone()));
    }
}
