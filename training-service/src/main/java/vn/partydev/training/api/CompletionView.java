package vn.partydev.training.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partydev.training.service.CompletionResult;

@Schema(description = "What completing the class decided")
public record CompletionView(
        @Schema(description = "Class id", example = "0e7c5d1a-4b8e-4f57-a1e2-6a1d3c9b2f44") UUID classId,
        @Schema(description = "Completion date", example = "2026-03-06") LocalDate completedOn,
        @Schema(description = "Certificates issued") List<CertificateView> certified,
        @Schema(description = "Active trainees not certified, with the reasons") List<NotCertifiedView> notCertified) {

    @Schema(description = "A trainee who did not earn the certificate")
    public record NotCertifiedView(
            @Schema(description = "Person id", example = "8d2f7a3c-1e4b-4c6d-9f0a-2b3c4d5e6f70") UUID personId,
            @Schema(description = "Sessions attended", example = "79") int attendedSessions,
            @Schema(description = "Every reason") List<ReasonView> reasons) {
    }

    @Schema(description = "One reason against certification")
    public record ReasonView(
            @Schema(description = "R-TRAIN-2 (attendance) or CHECK_NOT_PASSED", example = "R-TRAIN-2") String code,
            @Schema(description = "The sentence with the numbers",
                    example = "attended 79 of 100 planned sessions (79 %); 80 % is required, that is 80 sessions") String detail) {
    }

    static CompletionView of(CompletionResult result, LocalDate today) {
        return new CompletionView(result.classId(), result.completedOn(),
                result.certified().stream().map(certificate -> CertificateView.of(certificate, today)).toList(),
                result.notCertified().stream().map(trainee -> new NotCertifiedView(trainee.personId(), trainee.attendedSessions(),
                        trainee.reasons().stream().map(reason -> new ReasonView(reason.code(), reason.detail())).toList())).toList());
    }
}
