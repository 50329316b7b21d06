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

    private final CandidateService candidates;
    private final CandidateSearch search;
    private final CellDirectory cells;
    private final CallerScope scope;
    private final PersonalDataAccessLog accessLog;
    private final CandidateConfig config;

    CandidateQueries(CandidateService candidates, CandidateSearch search, CellDirectory cells, CallerScope scope,
                     PersonalDataAccessLog accessLog, CandidateConfig config) {
        this.candidates = candidates;
        this.search = search;
        this.cells = cells;
        this.scope = scope;
        this.accessLog = accessLog;
        this.config = config;
    }

    @Transactional
    public Candidate read(UUID id) {
        Candidate candidate = candidates.inScope(id);
        accessLog.record(RESOURCE, id, "read candidate record");
        return candidate;
    }

    @Transactional
    public Page<CandidateSummary> list(CandidateListParameters parameters) {
        String prefix = scope.path();
        String exactPath = null;
        if (parameters.orgId != null) {
            prefix = cells.inScope(parameters.orgId, scope).map(OrganisationRef::path)
                    .orElseThrow(() -> new NotFound("organisation", parameters.orgId));
        }
        if (parameters.cellId != null) {
            exactPath = cells.inScope(parameters.cellId, scope).map(OrganisationRef::path)
                    .filter(path -> path.startsWith(scope.path()))
                    .orElseThrow(() -> new NotFound("cell", parameters.cellId));
            if (!exactPath.startsWith(prefix)) {
                return new Page<>(List.of(), null);   // a cell outside the asked organisation: nothing matches both
            }
        }
        int limit = parameters.limit == null ? config.defaultPageSize() : Math.min(parameters.limit, config.maximumPageSize());
        CandidateSearch.Position after = parameters.cursor == null ? null : Cursor.decode(parameters.cursor, CandidateSearch.Position.class);
        List<Candidate> rows = search.page(new CandidateSearch.Filter(prefix, exactPath, parameters.status,
                parameters.source, parameters.q), after, limit);
        boolean more = rows.size() > limit;
        List<Candidate> page = more ? rows.subList(0, limit) : rows;
        String next = more ? Cursor.encode(new CandidateSearch.Position(page.get(limit - 1).organisationPath, page.get(limit - 1).id)) : null;
        if (!page.isEmpty()) {
            accessLog.record(RESOURCE, page.stream().map(candidate -> candidate.id).toList(), "list candidates");
        }
        return new Page<>(page.stream().map(CandidateSummary::of).toList(), next);
    }
}
