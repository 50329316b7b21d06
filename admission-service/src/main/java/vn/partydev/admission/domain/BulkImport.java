package vn.partydev.admission.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One CSV file being imported (organisations or members), with its progress and its row-level error report. */
@Entity
@Table(name = "bulk_import")
public class BulkImport extends PanacheEntityBase {

    public enum Kind { ORGANISATIONS, MEMBERS }

    public enum State { RECEIVED, VALIDATING, IMPORTING, COMPLETED, FAILED }

    @Id
    public UUID id;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    @Enumerated(EnumType.STRING)
    public State state;
    @Column(name = "organisation_path")
    public String organisationPath;
    @Column(name = "requested_by")
    public String requestedBy;
    @Column(name = "rows_read")
    public int rowsRead;
    @Column(name = "rows_valid")
    public int rowsValid;
    @Column(name = "rows_imported")
    public int rowsImported;
    @Column(name = "rows_unchanged")
    public int rowsUnchanged;
    @Column(name = "error_count")
    public int errorCount;
    /** JSON array of {@link ImportError}, the first {@link ImportError#REPORTED} of them. */
    public String errors;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;
}
