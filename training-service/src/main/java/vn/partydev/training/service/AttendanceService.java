package vn.partydev.training.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import vn.partydev.platform.problem.BadRequest;
import vn.partydev.platform.problem.NotFound;
import vn.partydev.platform.scope.CallerScope;
import vn.partydev.training.domain.Enrolment;
import vn.partydev.training.domain.SessionAttendance;
import vn.partydev.training.domain.SessionKey;
import vn.partydev.training.domain.TrainingClass;

/** Attendance per session: the set of present trainees, replaced as a whole by each recording. */
@ApplicationScoped
public class AttendanceService {

    private final TrainingClasses classes;
    private final CallerScope scope;
    private final EntityManager entityManager;

    AttendanceService(TrainingClasses classes, CallerScope scope, EntityManager entityManager) {
        this.classes = classes;
        this.scope = scope;
        this.entityManager = entityManager;
    }

    /** The session's attendance, or an unrecorded (empty, version 0) one. */
    @Transactional
    public SessionAttendance find(UUID classId, int sessionNo) {
        TrainingClass trainingClass = classes.inScope(classId);
        SessionKey key = sessionOf(trainingClass, sessionNo);
        SessionAttendance found = SessionAttendance.findById(key);
        return found != null ? found : unrecorded(key);
    }

    /**
     * Records who was present; every present person must be an active trainee of the class.
     *
     * @param precondition checks the caller's If-Match against the recorded session's version (not called for a
     *                     session recorded for the first time)
     */
    @Transactional
    public SessionAttendance record(UUID classId, int sessionNo, List<UUID> present, LongConsumer precondition) {
        TrainingClass trainingClass = classes.inScopeForUpdate(classId);
        trainingClass.requireOpen("its attendance");
        SessionKey key = sessionOf(trainingClass, sessionNo);
        Set<UUID> active = Enrolment.<Enrolment>list("classId = ?1 and withdrawnOn is null", classId).stream()
                .map(enrolment -> enrolment.personId).collect(Collectors.toSet());
        for (int i = 0; i < present.size(); i++) {
            if (!active.contains(present.get(i))) {
                throw new BadRequest("NOT_ENROLLED", "present[" + i + "]: person " + present.get(i)
                        + " is not an active trainee of this class");
            }
        }
        SessionAttendance attendance = SessionAttendance.findById(key);
        if (attendance == null) {
            attendance = unrecorded(key);
            attendance.present.addAll(present);
            attendance.recordedBy = scope.subject();
            attendance.persist();
        } else {
            precondition.accept(attendance.version);
            attendance.present.clear();
            attendance.present.addAll(present);
            attendance.recordedBy = scope.subject();
            // the version must move even when only the element collection changed
            entityManager.lock(attendance, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        entityManager.flush();
        return attendance;
    }

    /** Sessions attended per active trainee of a class. */
    @SuppressWarnings("unchecked")
    public Map<UUID, Integer> attendedSessions(UUID classId) {
        List<Object[]> rows = entityManager.createNativeQuery(
                        "SELECT person_id, count(*) FROM session_presence WHERE class_id = :classId GROUP BY person_id")
                .setParameter("classId", classId)
                .getResultList();
        Map<UUID, Integer> attended = new HashMap<>();
        for (Object[] row : rows) {
            attended.put((UUID) row[0], ((Number) row[1]).intValue());
        }
        return attended;
    }

    private static SessionKey sessionOf(TrainingClass trainingClass, int sessionNo) {
        if (!trainingClass.hasSession(sessionNo)) {
            throw new NotFound("session " + sessionNo + " (the class plans " + trainingClass.plannedSessions
                    + " sessions) of class", trainingClass.id);
        }
        return new SessionKey(trainingClass.id, sessionNo);
    }

    private static SessionAttendance unrecorded(SessionKey key) {
        SessionAttendance attendance = new SessionAttendance();
        attendance.key = key;
        return attendance;
    }
}
