package vn.partydev.candidate.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.partydev.candidate.domain.Candidate;
import vn.partydev.candidate.domain.CandidateStatus;
import vn.partydev.platform.codes.NominationSource;
import vn.partydev.platform.search.LikePatterns;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Candidate lists: always inside a path prefix (the caller's subtree, or a part of it), in keyset order
 * (organisation path, id) so that one index serves both the scope filter and the order.
 */
@ApplicationScoped
public class CandidateSearch {

    private final EntityManager entityManager;

    CandidateSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Where a page ends: the last row's keys. */
    public record Position(String path, UUID id) {
    }

    /** What to list. {@code exactPath} (a cell) or {@code pathPrefix} (a subtree) bound the rows. */
    public record Filter(String pathPrefix, String exactPath, CandidateStatus status, NominationSource source, String q) {
    }

    /** Up to {@code limit + 1} candidates after {@code after}: the extra one tells whether a next page exists. */
    @SuppressWarnings("unchecked")
    public List<Candidate> page(Filter filter, Position after, int limit) {
        StringBuilder sql = new StringBuilder("SELECT * FROM candidate WHERE ");
        List<Object> parameters = new ArrayList<>();
        if (filter.exactPath() != null) {
            sql.append("organisation_path = ?");
            parameters.add(filter.exactPath());
        } else {
            // a range rather than LIKE 'prefix%': a prepared statement's generic plan can use an index for a range of
            // parameters, not for a LIKE pattern it cannot see (the C collation makes the two the same rows)
            sql.append("organisation_path >= ? AND organisation_path < ?");
            parameters.add(filter.pathPrefix());
            parameters.add(endOfPrefix(filter.pathPrefix()));
        }
        if (filter.status() != null) {
            sql.append(" AND status = ?");
            parameters.add(filter.status().name());
        }
        if (filter.source() != null) {
            sql.append(" AND source = ?");
            parameters.add(filter.source().name());
        }
        String namePattern = LikePatterns.containingName(filter.q());
        if (namePattern != null) {
            sql.append(" AND name_search LIKE ?");
            parameters.add(namePattern);
            // A rare name is found fastest through the trigram index, a common one by reading the subtree in order; only
            // a plan made for the pattern itself can choose, not the generic plan of a prepared statement.
            entityManager.createNativeQuery("SET LOCAL plan_cache_mode = force_custom_plan").executeUpdate();
        }
        if (after != null) {
            sql.append(" AND (organisation_path, id) > (?, ?)");
            parameters.add(after.path());
            parameters.add(after.id());
        }
        sql.append(" ORDER BY organisation_path, id LIMIT ?");
        parameters.add(limit + 1);
        var query = entityManager.createNativeQuery(sql.toString(), Candidate.class);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query.getResultList();
    }

    /** The first string after every string that starts with {@code prefix}, in C collation order. */
    static String endOfPrefix(String prefix) {
        char last = prefix.charAt(prefix.length() - 1);
        return prefix.substring(0, prefix.length() - 1) + (char) (last + 1);
    }
}
