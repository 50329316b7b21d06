package vn.partydev.candidate.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.partydev.candidate.api.CandidateListParameters;
import vn.partydev.candidate.api.CandidateSummary;
import vn.partydev.candidate.domain.Candidate;
import vn.partydev.platform.http.Cursor;
import vn.partydev.platform.http.Page;
import vn.partydev.platform.privacy.PersonalDataAccessLog;
import vn.partydev.platform.problem.NotFound;
import vn.partydev.platform.scope.CallerScope;
import vn.partydev.platform.scope.OrganisationRef;

import java.util.List;
import java.util.UUID;

/** Reads of candidates: always inside the caller's subtree, and written to the personal-data access log. */
@ApplicationScoped
public class CandidateQueries {

    static final String RESOURCE = "candidate";
    static final String LIST_RESOURCE = "candidate-list";

    private final CandidateService candidates;
    private final CandidateSearch search;
    private final CellDirectory cells;
    private final CallerScope scope;
    private final PersonalDataAccessLog accessLog;

    CandidateQueries(CandidateService candidates, CandidateSearch search, CellDirectory cells, CallerScope scope,
                     PersonalDataAccessLog accessLog) {
        this.candidates = candidates;
        this.search = search;
        this.cells = cells;
        this.scope = scope;
        this.accessLog = accessLog;
    }

    @Transactional
    public Candidate read(UUID id) {
        Candidate candidate = candidates.inScope(id);
        accessLog.record(RESOURCE, id, "read candidate record");
        return candidate;
    }

    @Transactional
    public Page<CandidateSummary> list(CandidateListParameters parameters) {
        int limit = Page.limit(parameters.limit);
        CandidateSearch.Position after = null;
        if (parameters.cursor != null) {
            Cursor cursor = Cursor.decode(parameters.cursor, 2);
            after = new CandidateSearch.Position(cursor.string(0), cursor.uuid(1));
        }
        String prefix = scope.path();
        UUID boundBy = scope.organisationId();
        if (parameters.orgId != null) {
            prefix = cells.inScope(parameters.orgId, scope).map(OrganisationRef::path)
                    .orElseThrow(() -> new NotFound("organisation", parameters.orgId));
            boundBy = parameters.orgId;
        }
        String exactPath = null;
        if (parameters.cellId != null) {
            exactPath = cells.inScope(parameters.cellId, scope).map(OrganisationRef::path)
                    .orElseThrow(() -> new NotFound("cell", parameters.cellId));
            boundBy = parameters.cellId;
            if (!exactPath.startsWith(prefix)) {
                return new Page<>(List.of(), null);   // a cell outside the asked organisation: nothing matches both
            }
        }
        List<Candidate> rows = search.page(new CandidateSearch.Filter(prefix, exactPath, parameters.status,
                parameters.source, parameters.q), after, limit);
        Page<Candidate> page = Page.of(rows, limit, candidate -> Cursor.of(candidate.organisationPath, candidate.id));
        if (!page.items().isEmpty()) {
            // one row per page read (the organisation the list was bounded by), not one per name: a page is one look
            accessLog.record(LIST_RESOURCE, boundBy, "list candidates: " + page.items().size() + " names shown"
                    + (parameters.q == null || parameters.q.isBlank() ? "" : ", name search"));
        }
        return page.map(CandidateSummary::of);
    }
}
