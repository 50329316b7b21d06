package vn.partydev.admission.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.partydev.platform.problem.NotFound;
import vn.partydev.platform.rules.RuleSet;
import vn.partydev.platform.rules.RuleSets;

import java.util.List;

@Path("/api/v1/rule-sets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rule sets", description = "The numbers the admission rules use, as named, versioned sets")
public class RuleSetResource {

    @GET
    @RolesAllowed({"admin", "organiser", "cell", "viewer", "trainer", "feed"})
    @Operation(operationId = "listRuleSets", summary = "Every rule set the system knows",
            description = "The first is the default (" + RuleSets.DEFAULT_ID + "); a case records the set it was decided under.")
    @APIResponse(responseCode = "200", description = "The rule sets")
    public List<RuleSet> list() {
        return RuleSets.all();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"admin", "organiser", "cell", "viewer", "trainer", "feed"})
    @Operation(operationId = "getRuleSet", summary = "One rule set")
    @APIResponse(responseCode = "200", description = "The rule set")
    @APIResponse(responseCode = "404", description = "No rule set has this id")
    public RuleSet get(@PathParam("id") String id) {
        return RuleSets.find(id).orElseThrow(() -> new NotFound("rule set", id));
    }
}
