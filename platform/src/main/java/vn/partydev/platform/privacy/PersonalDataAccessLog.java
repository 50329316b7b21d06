package vn.partydev.platform.privacy;

import jakarta.enterprise.context.ApplicationScoped;

/** TEMPORARY stand-in for the platform-web contract. */
@ApplicationScoped
public class PersonalDataAccessLog {
    public void record(String resourceType, Object resourceId, String purpose) {
    }
}
