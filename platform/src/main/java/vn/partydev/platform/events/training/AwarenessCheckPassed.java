package vn.partydev.platform.events.training;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.partydev.platform.events.DomainEvent;

/** The trainee passed the awareness check (kiểm tra nhận thức) at the given attempt. */
public record AwarenessCheckPassed(
        UUID personId,
        UUID classId,
        int attempt,
        LocalDate checkedOn) implements DomainEvent {

    @Override
    public String subject() {
        return personId.toString();
    }

    /** Names no organisation: the publisher passes the path it knows (the candidate's cell, the class's organiser). */
    @Override
    public List<UUID> organisations() {
        return List.of();
    }
}
