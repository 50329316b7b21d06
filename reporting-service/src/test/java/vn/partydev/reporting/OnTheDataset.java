package vn.partydev.reporting;

import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;

/** A test of reports over the hand-worked {@link ReportingDataset}, published once per JVM before the first test that needs it. */
public abstract class OnTheDataset {

    @Inject
    protected AgroalDataSource dataSource;

    @BeforeEach
    void publishTheDataset() throws Exception {
        ReportingDataset.ensurePublished(dataSource);
    }
}
