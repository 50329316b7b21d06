package vn.partydev.platform.testapp;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.partydev.platform.calendar.WorkingDayCalendar;
import vn.partydev.platform.http.Cursor;
import vn.partydev.platform.http.ETags;
import vn.partydev.platform.http.Idempotent;
import vn.partydev.platform.http.Page;
import vn.partydev.platform.http.PageResponses;
import vn.partydev.platform.http.Preconditions;
import vn.partydev.platform.privacy.PersonalDataAccessLog;
import vn.partydev.platform.problem.Conflict;
import vn.partydev.platform.problem.NotFound;
import vn.partydev.platform.problem.RuleViolation;
import vn.partydev.platform.scope.CallerScope;
import vn.partydev.platform.search.VietnameseText;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The test application's API: one endpoint per platform mechanism the tests exercise. */
@Path("/api/v1/specimens")
@Produces(MediaType.APPLICATION_JSON)
public class SpecimenResource {

    @Inject
    CallerScope scope;

    @Inject
    PersonalDataAccessLog accessLog;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    Clock clock;

    @Inject
    SpecimenCreation creation;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    @Transactional
    @RolesAllowed({"organiser", "cell"})
    public Response create(@Valid @NotNull SpecimenRequest request, @Context UriInfo uri) {
        Specimen specimen = creation.create(request);
        return Response.created(URI.create("/api/v1/specimens/" + specimen.id))
                .tag(ETags.of(specimen.version))
                .entity(SpecimenView.of(specimen))
                .build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"admin", "organiser", "cell", "viewer"})
    public Response get(@PathParam("id") UUID id) {
        Specimen specimen = findInScope(id);
        return Response.ok(SpecimenView.of(specimen)).tag(ETags.of(specimen.version)).build();
    }

    @GET
    @RolesAllowed({"admin", "organiser", "cell", "viewer"})
    public Response list(@QueryParam("q") String q, @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor,
                         @Context UriInfo uri) {
        int size = Page.limit(limit);
        String search = "%" + (q == null ? "" : VietnameseText.normalise(q)) + "%";
        List<Specimen> rows;
        if (cursor == null) {
            rows = Specimen.find("organisationPath like ?1 and nameSearch like ?2 order by createdAt, id",
                    scope.likePattern(), search).page(0, size + 1).list();
        } else {
            Cursor position = Cursor.decode(cursor, 2);
            rows = Specimen.find("organisationPath like ?1 and nameSearch like ?2"
                            + " and (createdAt > ?3 or (createdAt = ?3 and id > ?4)) order by createdAt, id",
                    scope.likePattern(), search, position.instant(0), position.uuid(1)).page(0, size + 1).list();
        }
        Page<SpecimenView> page = Page.of(rows, size, row -> Cursor.of(row.createdAt, row.id)).map(SpecimenView::of);
        return PageResponses.ok(page, uri);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}/name")
    @Transactional
    @RolesAllowed({"organiser", "cell"})
    public Response rename(@PathParam("id") UUID id, @Valid @NotNull RenameRequest request, @Context HttpHeaders headers) {
        Specimen specimen = findInScope(id);
        Preconditions.requireIfMatch(headers, specimen.version);
        specimen.name = request.name();
        specimen.nameSearch = VietnameseText.normalise(request.name());
        Specimen.getEntityManager().flush();
        return Response.ok(SpecimenView.of(specimen)).tag(ETags.of(specimen.version)).build();
    }

    @GET
    @Path("/{id}/citizen-id")
    @RolesAllowed({"organiser", "cell"})
    public Map<String, String> citizenId(@PathParam("id") UUID id) {
        Specimen specimen = findInScope(id);
        accessLog.record("specimen", specimen.id, "check the citizen id");
        return Map.of("citizenId", specimen.citizenId);
    }

    @POST
    @Path("/{id}/rule")
    @RolesAllowed({"organiser", "cell"})
    public void breakRule(@PathParam("id") UUID id) {
        throw new RuleViolation("R-TEST-1", "the cell has 7 eligible official members; 5 yes votes are needed, 4 were cast");
    }

    @POST
    @Path("/{id}/wrapped-rule")
    @RolesAllowed({"organiser", "cell"})
    public void breakRuleInsideSomethingElse(@PathParam("id") UUID id) {
        throw new java.util.concurrent.CompletionException(new RuleViolation("R-TEST-2", "wrapped, still a rule"));
    }

    @POST
    @Path("/{id}/step")
    @RolesAllowed({"organiser", "cell"})
    public void stepOutOfOrder(@PathParam("id") UUID id) {
        throw new Conflict("STEP_OUT_OF_ORDER", "the cell has not voted yet");
    }

    /** Inserts a second row with the id of an existing one: the database refuses (unique violation). */
    @POST
    @Path("/{id}/twin")
    @Transactional
    @RolesAllowed({"organiser", "cell"})
    public void twin(@PathParam("id") UUID id) {
        Specimen.getEntityManager().createNativeQuery("INSERT INTO specimen (id, organisation_path, name, name_search,"
                        + " citizen_id, copies, created_at, version) SELECT id, organisation_path, name, name_search, citizen_id,"
                        + " copies, created_at, version FROM specimen WHERE id = ?1")
                .setParameter(1, id).executeUpdate();
    }

    @GET
    @Path("/failure")
    @RolesAllowed({"organiser", "cell"})
    public void fail() {
        throw new IllegalStateException("cannot process citizen 012345678901 named Nguyễn Văn A");
    }

    @GET
    @Path("/limited")
    @RolesAllowed({"organiser", "cell"})
    public Map<String, Object> limited(@QueryParam("size") @Min(1) @Max(10) int size, @QueryParam("on") LocalDate on,
                                       @QueryParam("overdue") Boolean overdue, @QueryParam("since") long since,
                                       @QueryParam("all") boolean all) {
        return Map.of("size", size, "on", String.valueOf(on), "overdue", String.valueOf(overdue), "since", since, "all", all);
    }

    @GET
    @Path("/admin-only")
    @RolesAllowed("admin")
    public Map<String, String> adminOnly() {
        return Map.of("secret", "admin");
    }

    @GET
    @Path("/public")
    @PermitAll
    public Map<String, String> publicEndpoint() {
        return Map.of("hello", "world");
    }

    /** No security annotation: must be denied. */
    @GET
    @Path("/unannotated")
    public Map<String, String> unannotated() {
        return Map.of("leak", "this must never be answered");
    }

    @GET
    @Path("/working-days")
    @RolesAllowed({"organiser", "cell"})
    public Map<String, Object> workingDays(@QueryParam("from") LocalDate from, @QueryParam("days") int days) {
        return Map.of("due", calendar.plusWorkingDays(from, days).toString(), "today", LocalDate.now(clock).toString());
    }

    @GET
    @Path("/me")
    @RolesAllowed({"admin", "organiser", "cell", "viewer"})
    public Map<String, Object> me() {
        return Map.of("organisationId", scope.organisationId().toString(), "path", scope.path(), "subject", scope.subject(),
                "likePattern", scope.likePattern(), "organiser", scope.hasRole("organiser"));
    }

    private Specimen findInScope(UUID id) {
        Specimen specimen = Specimen.findById(id);
        if (specimen == null) {
            throw new NotFound("specimen", id);
        }
        scope.require(specimen.organisationPath, "specimen", id);
        return specimen;
    }
}
