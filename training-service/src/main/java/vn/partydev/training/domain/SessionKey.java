package vn.partydev.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.UUID;

/** A session of a class: the class and the session's number (1 to planned sessions). */
@Embeddable
public record SessionKey(@Column(name = "class_id") UUID classId, @Column(name = "session_no") int sessionNo)
        implements Serializable {
}
