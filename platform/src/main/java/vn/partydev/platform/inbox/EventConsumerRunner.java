package vn.partydev.platform.inbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs the service's event consumer from start-up to shut-down, where {@code partydev.consumer.group} and
 * {@code partydev.consumer.topics} are set, feeding every {@link EventSubscriber} bean.
 */
@ApplicationScoped
public class EventConsumerRunner {

    private static final Logger LOG = Logger.getLogger(EventConsumerRunner.class);

    private final InboxConfig config;
    private final Instance<EventSubscriber> subscribers;
    private final AgroalDataSource dataSource;
    private final MeterRegistry registry;
    private final ConsumerLag lag;
    private EventConsumer consumer;

    public EventConsumerRunner(InboxConfig config, @Any Instance<EventSubscriber> subscribers,
                               AgroalDataSource dataSource, MeterRegistry registry, ConsumerLag lag) {
        this.config = config;
        this.subscribers = subscribers;
        this.dataSource = dataSource;
        this.registry = registry;
        this.lag = lag;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        List<EventConsumer.Subscription> subscriptions = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (EventSubscriber subscriber : subscribers) {
            if (!names.add(subscriber.name())) {
                throw new IllegalStateException("two event subscribers are named " + subscriber.name());
            }
            EventRoutes routes = new EventRoutes();
            subscriber.subscribe(routes);
            if (!routes.isEmpty()) {
                subscriptions.add(new EventConsumer.Subscription(subscriber.name(), routes));
            }
        }
        LOG.infof("Consuming %s as %s for %s", config.topics().orElseThrow(), config.group().orElseThrow(),
                subscriptions.stream().map(EventConsumer.Subscription::name).toList());
        consumer = new EventConsumer(config, List.copyOf(subscriptions), dataSource, registry);
        consumer.start();
        lag.start(config, consumer::applied);
    }

    void onStop(@Observes ShutdownEvent event) {
        if (consumer != null) {
            lag.stop();
            consumer.stop();
            consumer = null;
        }
    }
}
