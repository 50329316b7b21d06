package vn.partydev.admission.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.partydev.admission.service.CalendarAdministration;
import vn.partydev.admission.service.CalendarAdministration.YearCalendar;
import vn.partydev.platform.http.ETags;
import vn.partydev.platform.http.Preconditions;

@Path("/api/v1/calendar")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Working calendar", description = "Public holidays and make-up days that working-day deadlines count with")
public class CalendarResource {

    @Inject
    CalendarAdministration calendars;

    @GET
    @Path("/{year}")
    @RolesAllowed({"admin", "organiser", "cell", "viewer", "trainer", "feed"})
    @Operation(operationId = "getWorkingCalendar", summary = "The special days of a year",
            description = "Working days are Monday to Friday, except the holidays listed, plus the weekend days listed as "
                    + "working days. The ETag identifies this version of the year, for PUT.")
    @APIResponse(responseCode = "200", description = "The year's special days",
            content = @Content(schema = @Schema(implementation = YearCalendarView.class)))
    @APIResponse(responseCode = "400", description = "The year is outside 2000..2100")
    public Response get(@PathParam("year") @Min(2000) @Max(2100) int year) {
        YearCalendar calendar = calendars.read(year);
        return Response.ok(YearCalendarView.of(calendar)).tag(ETags.of(calendar.version())).build();
    }

    @PUT
    @Path("/{year}")
    @RolesAllowed("admin")
    @Operation(operationId = "replaceWorkingCalendar", summary = "Replace the special days of a year",
            description = "For the year's announced schedule (Tết, 30/4–1/5, 2/9 and their swaps). Holidays must be "
                    + "weekdays, working days Saturdays or Sundays, all in that year, none twice. Requires If-Match with "
                    + "the ETag of GET. Deadlines use the new calendar at once; other services receive "
                    + "WorkingCalendarChanged (published only when something changed).")
    @APIResponse(responseCode = "200", description = "The year after the change",
            content = @Content(schema = @Schema(implementation = YearCalendarView.class)))
    @APIResponse(responseCode = "400", description = "A day outside the year, a holiday on a weekend, a working day on a weekday, a day twice")
    public Response replace(@PathParam("year") @Min(2000) @Max(2100) int year, @Valid @NotNull YearCalendarView days,
                            @Context HttpHeaders headers) {
        YearCalendar calendar = calendars.replace(year, version -> Preconditions.requireIfMatch(headers, version),
                days.holidays().stream().map(CalendarDay::toSpecialDay).toList(),
                days.workingDays().stream().map(CalendarDay::toSpecialDay).toList());
        calendars.refresh();
        return Response.ok(YearCalendarView.of(calendar)).tag(ETags.of(calendar.version())).build();
    }
}
