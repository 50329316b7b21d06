package vn.partydev.platform.events;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.partydev.platform.scope.CallerScope;
import vn.partydev.platform.scope.OrganisationRef;

import java.io.InputStream;

/** The event feed for systems that cannot read Kafka, and the event contract (AsyncAPI, JSON Schemas). */
@Path("/api/v1/events")
@Tag(name = "Events", description = "This service's published events over HTTP, and the contract of all events")
public class EventsResource {

    private static final String SCHEMA_NAME = "[A-Z][A-Za-z]+(\\.v1(\\.json)?)?";

    private final EventFeed feed;
    private final CallerScope scope;

    public EventsResource(EventFeed feed, CallerScope scope) {
        this.feed = feed;
        this.scope = scope;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("feed")
    @Operation(operationId = "readServiceEventFeed", summary = "Read the events of your subtree this service published, after a position",
            description = "Returns up to `limit` archived events in the order they were published, as structured "
                    + "CloudEvents 1.0, with `nextPosition` to pass as `after` next time. Start with `after=0`. "
                    + "The feed is scoped by the organisation in the token (claim `org`): a provincial system reads only "
                    + "the events that concern an organisation of its subtree (a cell, a commune, a class organiser; a "
                    + "transfer is read on both sides); the national root reads every event. Positions are the "
                    + "service's publication order, shared by all callers: they grow, with gaps where other subtrees' "
                    + "events were skipped. The same events are on this service's Kafka topic, for national systems; an "
                    + "event may be delivered again after a failure — drop duplicates by `id`. Only producing services "
                    + "serve a feed.")
    @APIResponse(responseCode = "200", description = "A page of events (empty when nothing is newer than `after`)")
    @APIResponse(responseCode = "400", description = "`after` is negative or `limit` is not between 1 and 1000")
    @APIResponse(responseCode = "404", description = "This service publishes no events")
    public FeedPage events(
            @Parameter(description = "Position of the last event already read; 0 for the beginning", example = "0")
            @QueryParam("after") @DefaultValue("0") @Min(0) long after,
            @Parameter(description = "Maximum number of events (1–1000)", example = "100")
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        if (!feed.isPublishing()) {
            throw new NotFoundException("this service publishes no events");
        }
        boolean national = OrganisationRef.NATIONAL_ROOT_ID.equals(scope.organisationId());
        return feed.after(after, limit, national ? null : scope.likePattern());
    }

    @GET
    @Path("/asyncapi.yaml")
    @Produces("application/yaml")
    @PermitAll
    @Operation(operationId = "getServiceAsyncApiDocument", summary = "The AsyncAPI 3.0 document of all PartyDev events",
            description = "Describes the three topics (partydev.candidate.v1, partydev.training.v1, partydev.admission.v1), "
                    + "their keys, the CloudEvents headers and every message; payloads refer to `schemas/<EventName>.v1.json`.")
    @APIResponse(responseCode = "200", description = "The AsyncAPI document (YAML)")
    public Response asyncApi() {
        return resource("events/asyncapi.yaml", "application/yaml");
    }

    @GET
    @Path("/schemas/{name}")
    @Produces("application/schema+json")
    @PermitAll
    @Operation(operationId = "getServiceEventSchema", summary = "The JSON Schema of one event type",
            description = "JSON Schema draft 2020-12 of the `data` of an event type, e.g. `CandidateNominated.v1.json` "
                    + "(`CandidateNominated` and `CandidateNominated.v1` are accepted too).")
    @APIResponse(responseCode = "200", description = "The schema", content = @Content(mediaType = "application/schema+json",
            schema = @Schema(type = SchemaType.OBJECT, additionalProperties = Schema.True.class,
                    description = "A JSON Schema (draft 2020-12) document")))
    @APIResponse(responseCode = "400", description = "Not a schema name")
    @APIResponse(responseCode = "404", description = "No event type of that name")
    public Response schema(
            @Parameter(description = "Event name, optionally with `.v1.json`", example = "CandidateNominated.v1.json")
            @PathParam("name") @Pattern(regexp = SCHEMA_NAME) String name) {
        String eventName = name.replaceFirst("\\.v1(\\.json)?$", "");
        return resource("events/schemas/" + eventName + ".v1.json", "application/schema+json");
    }

    private static Response resource(String path, String mediaType) {
        InputStream content = Thread.currentThread().getContextClassLoader().getResourceAsStream(path);
        if (content == null) {
            throw new NotFoundException("no " + path);
        }
        return Response.ok(content, mediaType).build();
    }
}
