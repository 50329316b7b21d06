package vn.partydev.platform.events;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;

/**
 * Leaves {@code GET /api/v1/events} (the HTTP feed) out of the OpenAPI document of a service that publishes nothing
 * (no {@code partydev.events.topic}, e.g. reporting-service), where it answers 404. The contract endpoints
 * ({@code asyncapi.yaml}, {@code schemas/...}) are served everywhere and stay documented.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class FeedDocumentFilter implements OASFilter {

    static final String FEED_PATH = "/api/v1/events";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (ConfigProvider.getConfig().getOptionalValue("partydev.events.topic", String.class).isPresent()
                || openAPI.getPaths() == null) {
            return;
        }
        PathItem feed = openAPI.getPaths().getPathItem(FEED_PATH);
        if (feed == null) {
            return;
        }
        feed.setGET(null);
        if (feed.getOperations().isEmpty()) {
            openAPI.getPaths().removePathItem(FEED_PATH);
        }
    }
}
