package vn.partydev.admission.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/** Bulk import tuning ({@code partydev.admission.imports.*}). */
@ConfigMapping(prefix = "partydev.admission.imports")
public interface ImportSettings {

    /** Longest time one file's all-or-nothing transaction may take, in seconds. */
    @WithDefault("1800")
    int transactionTimeoutSeconds();

    /** Events written to the outbox per batch while publishing an import's MemberRegistered events. */
    @WithDefault("5000")
    int eventBatchSize();

    /** Rows between two progress updates visible at GET /api/v1/imports/{id}. */
    @WithDefault("50000")
    int progressEveryRows();

    /** Where uploaded files wait for their import (the system temporary directory when absent). */
    Optional<String> workDirectory();
}
