package vn.partydev.admission.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.partydev.admission.domain.BulkImport;
import vn.partydev.admission.service.ImportJobs;
import vn.partydev.platform.problem.ProblemLanguage;

import java.io.InputStream;
import java.net.URI;
import java.util.Locale;
import java.util.UUID;

@Path("/api/v1/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Bulk imports", description = "Organisations and existing members from CSV files")
public class ImportResource {

    private static final String FILES = """
            UTF-8 CSV, comma-separated, first line = column names (Vietnamese, without diacritics), fields may be \
            double-quoted. Dates are yyyy-MM-dd or dd/MM/yyyy; flags có/không (or 1/0). Codes are the API's enum names.

            kind=organisations — columns ma_to_chuc (code), ten_to_chuc (name), loai (OrganisationKind), \
            ma_to_chuc_cap_tren (parent code: in the tree or in the file, any order); optional \
            quyen_quyet_dinh_ket_nap (decides admissions), dan_so (population), ngay_thanh_lap (founded).

            kind=members — columns so_cccd (12 digits), ho_ten, ngay_sinh, gioi_tinh (MALE/FEMALE or Nam/Nữ), \
            dan_toc (EthnicGroup name or GSO code 01..54), ton_giao (Religion), trinh_do_pho_thong (GeneralEducation), \
            trinh_do_chuyen_mon (ProfessionalLevel), nghe_nghiep (Occupation), ma_chi_bo (code of a cell in your \
            subtree), trang_thai (PROBATIONARY/OFFICIAL or Dự bị/Chính thức), ngay_vao_dang (day of entry); optional \
            ngay_chinh_thuc (official date, required for OFFICIAL), doan_vien, cong_doan_vien.

            All or nothing: one invalid row and nothing is imported; the report lists every bad row (first 1000), \
            including a line whose bytes are not valid UTF-8 (a file saved in another encoding). \
            Rows whose citizen id (members) or code (organisations) is already current are left unchanged, so sending \
            the same file again changes nothing.""";

    @Inject
    ImportJobs imports;
    @Inject
    ObjectMapper json;

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed({"admin", "organiser"})
    @Operation(operationId = "startMemberImport", summary = "Start importing a CSV file of organisations or members", description = FILES)
    @RequestBody(description = "The CSV file", content = @Content(mediaType = "text/csv",
            schema = @Schema(type = SchemaType.STRING, example = "so_cccd,ho_ten,ngay_sinh,gioi_tinh,dan_toc,ton_giao,trinh_do_pho_thong,trinh_do_chuyen_mon,nghe_nghiep,ma_chi_bo,trang_thai,ngay_vao_dang,ngay_chinh_thuc\n001190012345,Nguyễn Thị Hoa,17/05/1990,Nữ,01,NONE,UPPER_SECONDARY,UNIVERSITY,CIVIL_SERVANT,HN.CB01,Chính thức,02/09/2015,02/09/2016")))
    @APIResponse(responseCode = "202", description = "Accepted; follow Location (GET /api/v1/imports/{id}) for progress",
            content = @Content(schema = @Schema(implementation = ImportView.class)))
    @APIResponse(responseCode = "400", description = "kind missing or unknown; file empty (CSV_EMPTY), header line not UTF-8 (CSV_ENCODING), or the header lacks, repeats or adds a column (CSV_HEADER)")
    public Response start(@Parameter(description = "organisations or members", required = true, example = "members")
                          @QueryParam("kind") @NotNull String kind, InputStream body, @Context HttpHeaders headers) {
        BulkImport bulkImport = imports.start(kindOf(kind), body);
        return Response.accepted(ImportView.of(bulkImport, json, ProblemLanguage.of(headers)))
                .location(URI.create("/api/v1/imports/" + bulkImport.id)).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"admin", "organiser"})
    @Operation(operationId = "getMemberImport", summary = "Progress and result of an import",
            description = "rowsRead grows while the file is read; state COMPLETED (with rowsImported and rowsUnchanged) "
                    + "or FAILED (with errors, each naming the line and column, and the rule a row breaks in the language asked for) at the end.")
    @APIResponse(responseCode = "200", description = "The import", content = @Content(schema = @Schema(implementation = ImportView.class)))
    @APIResponse(responseCode = "404", description = "Unknown, or started outside your subtree")
    public ImportView get(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        return ImportView.of(imports.findInScope(id), json, ProblemLanguage.of(headers));
    }

    private static BulkImport.Kind kindOf(String kind) {
        return switch (kind.toLowerCase(Locale.ROOT)) {
            case "organisations" -> BulkImport.Kind.ORGANISATIONS;
            case "members" -> BulkImport.Kind.MEMBERS;
            default -> throw new vn.partydev.platform.problem.BadRequest("UNKNOWN_KIND", "kind must be organisations or members");
        };
    }
}
