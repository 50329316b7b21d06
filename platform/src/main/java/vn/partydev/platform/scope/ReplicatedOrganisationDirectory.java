package vn.partydev.platform.scope;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import vn.partydev.platform.codes.OrganisationKind;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The organisation directory of a service that does not own the tree: reads the replica table
 * {@code organisation_replica}, which the platform's organisation subscriber keeps up to date from admission's
 * {@code Organisation*} events. Every request looks up the caller's organisation and usually one more, so found
 * organisations are kept for {@code partydev.organisations.cache-ttl}; the subscriber empties the cache when a
 * change commits. Organisations not found are not kept: one may be registered at any moment.
 */
@DefaultBean
@ApplicationScoped
public class ReplicatedOrganisationDirectory implements OrganisationDirectory {

    private static final String COLUMNS = "id, parent_id, kind, code, name, path, may_decide_admission, retired";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    OrganisationCacheSettings settings;

    private final Map<UUID, Cached> recentlyFound = new ConcurrentHashMap<>();
    /** Counts the times the cache was emptied, so that a read that overlapped a change is not kept. */
    private final AtomicLong generation = new AtomicLong();

    @Override
    public Optional<OrganisationRef> find(UUID id) {
        if (id == null) {
            return Optional.empty();
        }
        long now = System.nanoTime();
        Cached cached = recentlyFound.get(id);
        if (cached != null && now - cached.readAtNanos() < settings.cacheTtl().toNanos()) {
            return Optional.of(cached.organisation());
        }
        long generationRead = generation.get();
        Optional<OrganisationRef> found = query("SELECT " + COLUMNS + " FROM organisation_replica WHERE id = ?", id)
                .stream().findFirst();
        if (found.isPresent() && generation.get() == generationRead) {
            recentlyFound.put(id, new Cached(found.get(), now));
        }
        return found;
    }

    void forgetAll(@Observes OrganisationReplicaChanged change) {
        generation.incrementAndGet();
        recentlyFound.clear();
    }

    @Override
    public List<OrganisationRef> children(UUID id) {
        return query("SELECT " + COLUMNS + " FROM organisation_replica WHERE parent_id = ? ORDER BY code, id", id);
    }

    private record Cached(OrganisationRef organisation, long readAtNanos) {
    }

    private List<OrganisationRef> query(String sql, UUID id) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                List<OrganisationRef> organisations = new ArrayList<>();
                while (rows.next()) {
                    if (rows.getString("kind") == null || rows.getString("path") == null) {
                        continue;   // a placeholder from an event that arrived before the organisation's registration
                    }
                    organisations.add(new OrganisationRef(
                            rows.getObject("id", UUID.class),
                            rows.getObject("parent_id", UUID.class),
                            OrganisationKind.valueOf(rows.getString("kind")),
                            rows.getString("code"),
                            rows.getString("name"),
                            rows.getString("path"),
                            rows.getBoolean("may_decide_admission"),
                            rows.getBoolean("retired")));
                }
                return organisations;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the organisation replica", e);
        }
    }
}
