package vn.partydev.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

/** Real signed tokens for tests, from the key of {@link PartyDevTestInfrastructure}. */
public final class TestTokens {

    private TestTokens() {
    }

    /** A token for a user with {@code role}, attached to the organisation {@code organisationId}. */
    public static String token(String role, UUID organisationId) {
        return token("test-" + role, role, organisationId);
    }

    public static String token(String subject, String role, UUID organisationId) {
        String keys = System.getProperty(PartyDevTestInfrastructure.KEYS_DIRECTORY);
        if (keys == null) {
            throw new IllegalStateException("the test infrastructure has not started: declare PartyDevTestInfrastructure");
        }
        try {
            return new TokenMinter(SigningKeys.in(Path.of(keys))).mint(subject, role, organisationId.toString(), Duration.ofHours(2));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The private key the services trust, for a test that signs a token of its own making. */
    public static java.security.PrivateKey signingKey() {
        String keys = System.getProperty(PartyDevTestInfrastructure.KEYS_DIRECTORY);
        if (keys == null) {
            throw new IllegalStateException("the test infrastructure has not started: declare PartyDevTestInfrastructure");
        }
        try {
            return SigningKeys.in(Path.of(keys)).privateKey();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The Authorization header value for such a token. */
    public static String bearer(String role, UUID organisationId) {
        return "Bearer " + token(role, organisationId);
    }
}
