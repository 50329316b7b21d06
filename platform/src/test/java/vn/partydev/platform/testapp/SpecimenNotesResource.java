package vn.partydev.platform.testapp;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.UUID;

/** A sub-path of {@code /api/v1/specimens} served by a resource class of its own (as services split theirs). */
@Path("/api/v1/specimens/{id}/notes")
@Produces(MediaType.APPLICATION_JSON)
public class SpecimenNotesResource {

    @GET
    @RolesAllowed({"organiser", "cell"})
    public List<String> notes(@PathParam("id") UUID id) {
        return List.of();
    }
}
