package vn.partydev.console;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The console's own two answers beside its static pages: its configuration, and (locally) the launcher's tokens.
 * Everything else the pages show comes from the services' public APIs.
 */
@Path("/console")
@Produces(MediaType.APPLICATION_JSON)
public class ConsoleResource {

    @Inject
    ConsoleSettings settings;

    @Inject
    LocalTokens localTokens;

    @GET
    @Path("/config")
    public ConsoleConfig config() {
        return ConsoleConfig.of(settings, localTokens.roles());
    }

    @GET
    @Path("/local-tokens/{role}")
    @Produces(MediaType.TEXT_PLAIN)
    public String localToken(@PathParam("role") String role) {
        return localTokens.of(role).orElseThrow(() -> new NotFoundException("no local token for " + role));
    }
}
