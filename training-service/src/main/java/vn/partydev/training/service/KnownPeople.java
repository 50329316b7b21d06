package vn.partydev.training.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.UUID;
import vn.partydev.training.domain.KnownPerson;

/** The replica of people training-service may enrol, updated by the candidate and admission subscribers. */
@ApplicationScoped
public class KnownPeople {

    private final EntityManager entityManager;

    KnownPeople(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * The person's row, created if missing and locked: the candidate and the admission subscribers may touch the same
     * person at the same time, and neither may fail on the other's insert. Runs in the subscriber's transaction.
     */
    public KnownPerson lockedOrNew(UUID personId) {
        entityManager.createNativeQuery("INSERT INTO known_person (person_id) VALUES (:id) ON CONFLICT DO NOTHING")
                .setParameter("id", personId)
                .executeUpdate();
        return entityManager.find(KnownPerson.class, personId, LockModeType.PESSIMISTIC_WRITE);
    }
}
