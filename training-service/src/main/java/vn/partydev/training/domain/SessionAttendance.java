package vn.partydev.training.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.FetchType;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** Who was present at one session (buổi học) of a class; replaced as a whole by each recording. */
@Entity
@Table(name = "session_attendance")
public class SessionAttendance extends PanacheEntityBase {

    @EmbeddedId
    public SessionKey key;

    @Column(name = "recorded_by")
    public String recordedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "session_presence", joinColumns = {
            @JoinColumn(name = "class_id", referencedColumnName = "class_id"),
            @JoinColumn(name = "session_no", referencedColumnName = "session_no")})
    @Column(name = "person_id")
    public Set<UUID> present = new HashSet<>();

    @Version
    public long version;
}
