package vn.partydev.local;

import io.smallrye.jwt.build.Jwt;

import java.time.Duration;
import java.util.Set;

/**
 * Mints signed bearer tokens the services accept: role in {@code groups}, organisation id in {@code org}.
 * Used by the local launcher and by tests; production tokens come from the real identity provider.
 */
public final class TokenMinter {

    public static final String ISSUER = "https://partydev.local/issuer";

    private final SigningKeys keys;

    public TokenMinter(SigningKeys keys) {
        this.keys = keys;
    }

    public String mint(String subject, String role, String organisationId, Duration lifetime) {
        return Jwt.issuer(ISSUER)
                .upn(subject)
                .subject(subject)
                .groups(Set.of(role))
                .claim("org", organisationId)
                .expiresIn(lifetime)
                .jws()
                .sign(keys.privateKey());
    }
}
