package vn.partydev.training.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The shape of a page of certificates, for the API document (the platform's Page carries it). */
@Schema(name = "CertificatePage", description = "A page of certificates")
public record CertificatePage(
        @Schema(description = "The certificates of this page") List<CertificateView> items,
        @Schema(description = "Cursor of the next page; absent on the last page", example = "eyJwIjoiLzAwMDAwMDAwLTAw...") String nextCursor) {
}
