package vn.partydev.reporting.api;

import jakarta.enterprise.context.ApplicationScoped;
import vn.partydev.platform.problem.BadRequest;
import vn.partydev.platform.problem.ProblemError;
import vn.partydev.reporting.domain.InvalidParameter;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/** Turns the query parameters of reports and targets into values, and their faults into 400 problems. */
@ApplicationScoped
class ReportParameters {

    UUID organisation(String orgId) {
        if (orgId == null || orgId.isBlank()) {
            throw invalid("orgId", "orgId is required (the organisation's id)");
        }
        try {
            return UUID.fromString(orgId.trim());
        } catch (IllegalArgumentException e) {
            throw invalid("orgId", "orgId must be a UUID, was '" + orgId + "'");
        }
    }

    /** Runs a use case, answering 400 for a parameter the domain could not understand. */
    <T> T run(Supplier<T> useCase) {
        try {
            return useCase.get();
        } catch (InvalidParameter e) {
            throw invalid(e.parameter(), e.getMessage());
        }
    }

    private static BadRequest invalid(String parameter, String detail) {
        return new BadRequest("INVALID_" + parameter.toUpperCase(), detail, List.of(new ProblemError(null, parameter, detail)));
    }
}
