package vn.partydev.candidate.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.partydev.platform.problem.RuleViolation;

import java.util.UUID;

/** This service's replica of the residential areas (thôn, tổ dân phố) admission-service registers. */
@ApplicationScoped
public class ResidentialAreas {

    private final EntityManager entityManager;

    ResidentialAreas(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional
    public void registered(UUID id, UUID communeId) {
        entityManager.createNativeQuery("INSERT INTO residential_area_replica (id, commune_id) VALUES (?1, ?2)"
                        + " ON CONFLICT (id) DO UPDATE SET commune_id = EXCLUDED.commune_id")
                .setParameter(1, id).setParameter(2, communeId).executeUpdate();
    }

    /** A candidate's residential area must be one admission-service registered (or none at all). */
    public void requireKnown(UUID id) {
        if (id == null) {
            return;
        }
        Number found = (Number) entityManager.createNativeQuery("SELECT count(*) FROM residential_area_replica WHERE id = ?1")
                .setParameter(1, id).getSingleResult();
        if (found.intValue() == 0) {
            throw new RuleViolation("UNKNOWN_RESIDENTIAL_AREA", "residential area " + id
                    + " is not known; use an area registered with admission-service, or none");
        }
    }
}
