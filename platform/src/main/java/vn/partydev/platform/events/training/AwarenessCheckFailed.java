package vn.partydev.platform.events.training;

import java.time.LocalDate;
import java.util.UUID;
import vn.partydev.platform.events.DomainEvent;

/** The trainee failed the awareness check at the given attempt; an essay (bài thu hoạch) is due before the next. */
public record AwarenessCheckFailed(
        UUID personId,
        UUID classId,
        int attempt,
        LocalDate checkedOn) implements DomainEvent {

    @Override
    public String subject() {
        return personId.toString();
    }
}
