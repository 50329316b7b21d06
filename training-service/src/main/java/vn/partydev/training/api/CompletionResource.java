package vn.partydev.training.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.partydev.platform.http.Idempotent;
import vn.partydev.training.service.CertificateService;
import vn.partydev.training.service.CompletionService;

@Path("/api/v1/classes/{classId}/completion")
@Tag(name = "Completion", description = "Completing a class and issuing its certificates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CompletionResource {

    private final CompletionService completion;
    private final CertificateService certificates;

    CompletionResource(CompletionService completion, CertificateService certificates) {
        this.completion = completion;
        this.certificates = certificates;
    }

    @POST
    @Idempotent
    @RolesAllowed({"trainer", "organiser", "admin"})
    @Operation(operationId = "completeClass", summary = "Complete the class and issue certificates",
            description = "Once per class, on or after its last day. Every active trainee whose attended sessions reach the "
                    + "class's minimum share of planned sessions (R-TRAIN-2, e.g. 80 of 100; 79 is not enough) and, where the "
                    + "class requires it, who passed the awareness check gets a certificate numbered "
                    + "<issuer code>/<year>/<sequence>, issued on the completion date; AWARENESS certificates are valid "
                    + "until issue date + 60 months (R-CERT-1). Everyone else is listed with every reason. Publishes "
                    + "CertificateIssued per certificate and TrainingClassCompleted. Accepts Idempotency-Key.")
    @APIResponse(responseCode = "200", description = "Who was certified and who was not, with reasons",
            content = @Content(schema = @Schema(implementation = CompletionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request")
    @APIResponse(responseCode = "409", description = "CLASS_COMPLETED: already completed; STEP_OUT_OF_ORDER: before the last day")
    public CompletionView complete(@PathParam("classId") UUID classId, @NotNull @Valid CompletionRequest request) {
        return CompletionView.of(completion.complete(classId, request.completedOn()), certificates.today());
    }

    @GET
    @RolesAllowed({"trainer", "organiser", "admin", "viewer", "cell"})
    @Operation(operationId = "getClassCompletion", summary = "Read the completion", description = "What the completion of the class decided.")
    @APIResponse(responseCode = "200", description = "The completion",
            content = @Content(schema = @Schema(implementation = CompletionView.class)))
    @APIResponse(responseCode = "409", description = "CLASS_NOT_COMPLETED")
    public CompletionView find(@PathParam("classId") UUID classId) {
        return CompletionView.of(completion.result(classId), certificates.today());
    }
}
